#!/usr/bin/env python3
"""Write the invented LinkedIn data export used by the examples and the demo.

Everything written here is fictional: people, companies, profile URLs, e-mail
addresses (all under example.com/.org/.net) and messages. Only the file
layouts follow LinkedIn's export formats.

Output (paths relative to the examples/ folder):
    linkedin-export/{Profile,Positions,Education,Skills,Languages,
                     Connections,Invitations,messages}.csv
    Basic_LinkedInDataExport_11-30-2026.zip   (the same files at the zip root)

Run:  python3 examples/generator/linkedin_export.py
The output is deterministic: a fixed seed, fixed zip timestamps and sorted
zip entries, so two runs give byte-identical files.

Python 3.11+, standard library only.
"""

from __future__ import annotations

import base64
import csv
import io
import random
import unicodedata
import urllib.parse
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

SEED = 20261130
ZIP_NAME = "Basic_LinkedInDataExport_11-30-2026.zip"
ZIP_DATE_TIME = (2026, 11, 30, 7, 12, 0)
CRLF = "\r\n"

EXAMPLES = Path(__file__).resolve().parent.parent
OUT_DIR = EXAMPLES / "linkedin-export"
ZIP_PATH = EXAMPLES / ZIP_NAME

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

BASE = "https://www.linkedin.com/in/"

ME_FIRST = "Ana"
ME_LAST = "García Ruiz"
ME_NAME = f"{ME_FIRST} {ME_LAST}"
ME_URL = BASE + "ana-garcia-ruiz"

CONNECTIONS_NOTE = (
    '"When exporting your connection data, you may notice that some of the '
    "email addresses are missing. You will only see email addresses for "
    "connections who have allowed their connections to see or download their "
    "email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"'
)


# ---------------------------------------------------------------- formats

def fmt_connected(d: date) -> str:
    """Connections.csv: `08 Feb 2026`."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def fmt_month(year: int, month: int) -> str:
    """Positions.csv: `Jun 2024`."""
    return f"{MONTHS[month - 1]} {year}"


def fmt_invitation(t: datetime) -> str:
    """Invitations.csv: `11/27/26, 2:37 PM` (no zone, no leading zeros)."""
    hour = t.hour % 12 or 12
    half = "AM" if t.hour < 12 else "PM"
    return f"{t.month}/{t.day}/{t.year % 100:02d}, {hour}:{t.minute:02d} {half}"


def fmt_message(t: datetime) -> str:
    """messages.csv: `2026-11-20 14:03:22 UTC`."""
    return t.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def dt(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S")


def d(text: str) -> date:
    return datetime.strptime(text, "%Y-%m-%d").date()


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c))


def csv_text(rows: list[list[str]], quote_all: bool = False) -> str:
    buf = io.StringIO()
    writer = csv.writer(
        buf,
        lineterminator=CRLF,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    writer.writerows(rows)
    return buf.getvalue()


# ---------------------------------------------------------------- people

@dataclass
class Person:
    key: str
    first: str
    last: str
    slug: str
    company: str = ""
    position: str = ""
    email: str = ""
    connected: date | None = None  # None: not a connection (pending invitation, InMail, ...)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def url(self) -> str:
        return BASE + self.slug


ME = Person("me", ME_FIRST, ME_LAST, "ana-garcia-ruiz")

# Hand-written contacts: inviters, people Ana wrote to, former colleagues.
# (key, first, last, slug, company, position, email, connected on or "")
HAND = [
    # incoming invitations, last 14 days, accepted
    ("lucia", "Lucía", "Peña", "lucia-pena-8b2c41", "Moda Brisa, S.L.", "Responsable de E-commerce", "", "2026-11-17"),
    ("jurgen", "Jürgen", "Müller", "juergen-mueller-5a7b3c", "Nordhaus Living GmbH", "Head of E-Commerce DACH", "", "2026-11-20"),
    ("marta", "Marta", "Jiménez Soler", "marta-jimenez-soler", "Calzados Ribera", "Directora de Marketing Digital", "", "2026-11-17"),
    ("tom", "Tom", "Whitaker", "tom-whitaker-31a9b2", "Harbourline Commerce", "Marketplace Partnerships Manager", "", "2026-11-23"),
    ("carmen", "Carmen", "Vidal Ortega", "carmen-vidal-ortega-2f8e17", "Tiendas Aurora", "Jefa de Producto Digital", "", "2026-11-24"),
    ("pablo", "Pablo", "Serrano Gil", "pablo-serrano-gil", "Nubo Digital", "Director de Cuentas", "", "2026-11-19"),
    ("zoe", "Zoë", "Brandt", "zo%C3%AB-brandt-4a1", "Brightcart Ltd", "Growth Lead, EMEA", "", "2026-11-26"),
    ("joseangel", "José Ángel", "Núñez", "jos%C3%A9-%C3%A1ngel-n%C3%BA%C3%B1ez-a93b1f", "Vinoteca Sur", "Fundador y CEO", "", "2026-11-23"),
    ("valentina", "Valentina", "Rojas Quintero", "valentina-rojas-quintero-6c0d2e", "Mercado Andino S.A.S.", "Gerente de E-commerce", "", "2026-11-21"),
    ("sophie", "Sophie", "Laurent", "sophie-laurent-b45a10", "Maison Clair", "Responsable Marketplaces", "", "2026-11-19"),
    ("luca", "Luca", "Bianchi", "luca-bianchi-7e21c9", "Lanterna Commerce S.r.l.", "Head of Digital Sales", "", "2026-11-25"),
    ("andres", "Andrés", "Castillo", "andres-castillo-mx", "Tienda Quetzal", "Desarrollador Shopify", "", "2026-11-27"),
    ("elena", "Elena", "Moreno Díaz", "elena-moreno-diaz-0b7a55", "Pixelría", "Desarrolladora Shopify Plus", "", "2026-11-16"),
    ("hannah", "Hannah", "Becker", "hannah-becker-seo", "Kaufnett GmbH", "Senior SEO Manager", "", "2026-11-28"),
    ("raul", "Raúl", "Domínguez", "raul-dominguez-logistica", "Logística Meridiano", "Director Comercial", "", "2026-11-20"),
    ("nuria", "Núria", "Prats Vila", "nuria-prats-vila-9d3f20", "Pagora Fintech", "Head of Partnerships", "", "2026-11-25"),
    # incoming invitations, older, accepted
    ("ivan", "Iván", "Ramos Prieto", "ivan-ramos-prieto-4c5d6e", "Autónomo", "Consultor de Marketplaces", "", "2026-11-15"),
    ("raquel", "Raquel", "Ortiz Medina", "raquel-ortiz-54b8a7", "Óptica Lumen", "Responsable de Tienda Online", "", "2026-11-02"),
    ("oliver", "Oliver", "Grant", "oliver-grant-2b7c90", "Redbrick Media", "Paid Social Lead", "", "2026-10-27"),
    ("emily", "Emily", "Carter", "emily-carter-kestrel", "Kestrel Commerce, Inc.", "VP, Merchant Success", "", "2026-10-14"),
    ("inaki", "Iñaki", "Etxeberria", "i%C3%B1aki-etxeberria-63c1a8", "Transportes Ebro", "Jefe de Operaciones, Última Milla", "", "2026-10-09"),
    ("fernando", "Fernando", "Ibáñez", "fernando-ibanez-8f0e3d", "Seguros Almena", "Director de Canal Digital", "", "2026-09-29"),
    ("beatriz", "Beatriz", "Soto Llorente", "beatriz-soto-llorente", "Casa Olivo", "CEO", "", "2026-09-10"),
    ("gabriela", "Gabriela", "Souza", "gabriela-souza-9a8b7c", "Loja Atlântica", "Marketplace Manager", "", "2026-08-19"),
    ("mark", "Mark", "O'Brien", "mark-obrien-0f1e2d", "Fernhill Retail Group", "Head of Ecommerce Operations", "", "2025-03-11"),
    ("lars", "Lars", "Eriksen", "lars-eriksen-5e6f70", "Fjellsoft AS", "Product Manager", "", "2024-06-03"),
    ("anneke", "Anneke", "de Vries", "anneke-de-vries-81a2b3", "Grachtwerk B.V.", "Retail Innovation Lead", "", "2023-02-14"),
    # outgoing invitations, accepted
    ("markus", "Markus", "Weber", "markus-weber-hafen", "Hafenlogistik GmbH", "Key Account Manager Iberia", "", "2026-11-13"),
    ("claudia", "Claudia", "Romero", "claudia-romero-7c8d9e", "Agencia Trébol", "Directora Creativa", "", "2026-10-31"),
    ("sarah", "Sarah", "Mitchell", "sarah-mitchell-3d4e5f", "Copperleaf Analytics", "Customer Insights Manager", "", "2026-09-06"),
    ("alejandro", "Alejandro", "Vega", "alejandro-vega-salvia", "Cosmética Salvia", "Fundador", "", "2026-07-15"),
    ("patricia", "Patricia", "Lozano", "patricia-lozano-6f7a8b", "Faro Comunicación", "Socia, Directora de Estrategia", "", "2026-03-03"),
    ("thomas", "Thomas", "Keller", "thomas-keller-9b0c1d", "Feldberg Software AG", "Solution Architect, Commerce", "", "2025-11-21"),
    ("irene", "Irene", "Castaño", "irene-castano-2e3f4a", "Tiendas Aurora", "Responsable de Marketplaces", "irene.castano@example.com", "2025-05-09"),
    ("daniel", "Daniel", "Hughes", "daniel-hughes-5a6b7c", "Northlane Freight", "Business Development Manager", "", "2024-10-02"),
    # former colleagues (Tiendas Aurora, Nubo Digital) and others Ana talks to
    ("jorge", "Jorge", "Sanz Medina", "jorge-sanz-medina-8d9e0f", "Tiendas Aurora", "Director de Operaciones", "", "2020-02-17"),
    ("laura", "Laura", "Gil Herrero", "laura-gil-herrero", "Tiendas Aurora", "Category Manager, Moda Mujer", "", "2021-05-06"),
    ("miguelangel", "Miguel Ángel", "Torres", "miguel-angel-torres-1b2c3d", "Nubo Digital", "CEO", "", "2019-03-22"),
    ("cristina", "Cristina", "Vallejo", "cristina-vallejo-seo", "Nubo Digital", "SEO Lead", "", "2019-09-30"),
    ("eleanor", "Eleanor", "Whitfield, PhD", "eleanor-whitfield-phd", "Copperleaf Analytics", "Research Director, Consumer Insights", "", "2022-04-12"),
    # not connections: pending invitations, InMail and spam senders
    ("katarzyna", "Katarzyna", "Nowak", "katarzyna-nowak-b7e2a0", "", "", "", ""),
    ("diego", "Diego", "Fernández Lago", "diego-fernandez-lago-3e4f5a", "", "", "", ""),
    ("sergio", "Sergio", "Blanco", "sergio-blanco-6b7c8d", "", "", "", ""),
    ("camila", "Camila", "Herrera", "camila-herrera-9e0f1a", "", "", "", ""),
    ("isabel", "Isabel", "Navarro", "isabel-navarro-2c3d4e", "", "", "", ""),
    ("mateo", "Mateo", "Silva", "mateo-silva-5f6a7b", "", "", "", ""),
    ("sandra", "Sandra", "Kühn", "sandra-kuehn-talentfeld", "", "", "", ""),
    ("victor", "Víctor", "Lemus", "victor-lemus-inversiones-77", "", "", "", ""),
]

P: dict[str, Person] = {}
for key, first, last, slug, company, position, email, conn in HAND:
    P[key] = Person(key, first, last, slug, company, position, email, d(conn) if conn else None)
P["me"] = ME


# ---------------------------------------------------------------- random fill

SPANISH_F = ["María", "Laura", "Cristina", "Paula", "Sara", "Silvia", "Noelia", "Rocío", "Alba",
             "Nerea", "Inés", "Pilar", "Teresa", "Begoña", "Lorena", "Sonia", "Yolanda", "Marina",
             "Julia", "Eva", "Natalia", "Mónica", "Ainhoa", "Itziar", "Montserrat", "Mercedes",
             "María José", "Ana Belén", "Blanca", "Lucía", "Carmen", "Elena", "Raquel", "Irene",
             "Ángela", "Alicia", "Verónica", "Esther"]
SPANISH_M = ["Javier", "Carlos", "David", "Daniel", "Alejandro", "Pablo", "Sergio", "Jorge",
             "Alberto", "Álvaro", "Adrián", "Diego", "Rubén", "Fernando", "Iván", "Raúl", "Óscar",
             "Víctor", "Guillermo", "Ignacio", "Gonzalo", "Jaime", "Marcos", "Hugo", "Mario",
             "Rafael", "Íñigo", "Borja", "Joaquín", "Francisco Javier", "Juan Carlos",
             "José Luis", "Andrés", "Enrique", "Ramón", "Xavier", "Jordi", "Aitor", "Luis"]
SPANISH_SUR = ["García", "Martínez", "López", "Sánchez", "González", "Pérez", "Rodríguez",
               "Fernández", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
               "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres",
               "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
               "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín",
               "Sanz", "Núñez", "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos",
               "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Calvo", "Gallego", "Vidal",
               "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega",
               "Fuentes", "Carrasco", "Caballero", "Nieto", "Aguilar", "Pascual", "Herrero",
               "Lorenzo", "Montero", "Hidalgo", "Giménez", "Ibáñez", "Ferrer", "Durán",
               "Benítez", "Mora", "Vicente", "Arias", "Carmona", "Crespo", "Pastor", "Soto",
               "Sáez", "Velasco", "Moya", "Soler", "Parra", "Esteban", "Bravo", "Gallardo",
               "Aguirre", "Puig", "Casals", "Arrieta", "Goikoetxea", "Castaño", "Llorente"]
LATAM_F = ["Valentina", "Camila", "Sofía", "Mariana", "Daniela", "Gabriela", "Fernanda", "Ximena",
           "Renata", "Luciana", "Florencia", "Catalina", "Paola", "Andrea"]
LATAM_M = ["Mateo", "Santiago", "Sebastián", "Matías", "Nicolás", "Emiliano", "Tomás", "Rodrigo",
           "Felipe", "Agustín", "Juan Pablo", "Diego", "Martín", "Esteban"]
LATAM_SUR = ["González", "Rodríguez", "Silva", "Rojas", "Vargas", "Castillo", "Herrera", "Mendoza",
             "Quintero", "Restrepo", "Salazar", "Cárdenas", "Zapata", "Aguilera", "Pizarro",
             "Benavides", "Londoño", "Villalobos", "Montoya", "Ríos", "Peralta", "Ochoa"]
ENGLISH_F = ["Emily", "Sarah", "Olivia", "Charlotte", "Grace", "Rachel", "Jessica", "Amelia",
             "Chloe", "Megan", "Lucy", "Katie", "Hannah", "Emma", "Rebecca", "Abigail"]
ENGLISH_M = ["James", "Oliver", "Thomas", "Matthew", "Jack", "Harry", "Michael", "Ben", "Samuel",
             "Ryan", "Andrew", "Chris", "George", "William", "Joseph", "Patrick"]
ENGLISH_SUR = ["Smith", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright", "Robinson",
               "Thompson", "Edwards", "Clarke", "Turner", "Hill", "Cooper", "Ward", "Morris",
               "Bennett", "Harris", "Fletcher", "Palmer", "Holmes", "Kennedy", "O'Connor",
               "MacLeod", "Ashworth", "Reid", "Lawson", "Doyle", "Sutherland", "Price"]
GERMAN_F = ["Anna", "Lena", "Katrin", "Julia", "Sabine", "Miriam", "Franziska", "Johanna",
            "Leonie", "Stefanie", "Annika", "Carolin"]
GERMAN_M = ["Markus", "Stefan", "Florian", "Tobias", "Lukas", "Matthias", "Jan", "Sebastian",
            "Felix", "Maximilian", "Jörg", "Dominik"]
GERMAN_SUR = ["Müller", "Schmidt", "Schneider", "Fischer", "Meyer", "Wagner", "Schulz",
              "Hoffmann", "Koch", "Richter", "Wolf", "Schröder", "Neumann", "Schwarz",
              "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Werner", "Köhler", "Weiß",
              "Jäger", "Vogel", "Günther", "Groß", "Bauer", "Seidel"]
FRENCH_F = ["Camille", "Mathilde", "Élodie", "Léa", "Chloé", "Manon", "Juliette", "Céline"]
FRENCH_M = ["Julien", "Antoine", "Théo", "Guillaume", "Nicolas", "Mathieu", "Rémi", "Baptiste"]
FRENCH_SUR = ["Dubois", "Moreau", "Lefèvre", "Girard", "Fontaine", "Rousseau", "Mercier",
              "Bonnet", "Lambert", "Faure", "Chevalier", "Garnier"]
ITALIAN_F = ["Giulia", "Francesca", "Chiara", "Martina", "Sara", "Elisa"]
ITALIAN_M = ["Marco", "Alessandro", "Matteo", "Lorenzo", "Davide", "Riccardo"]
ITALIAN_SUR = ["Rossi", "Romano", "Ricci", "Conti", "Esposito", "Marino", "De Luca", "Gallo",
               "Ferrara", "Colombo"]
PORTUGUESE_F = ["Inês", "Mariana", "Beatriz", "Joana", "Catarina", "Leonor"]
PORTUGUESE_M = ["João", "Tiago", "Rui", "Duarte", "Gonçalo", "Miguel"]
PORTUGUESE_SUR = ["Santos", "Ferreira", "Costa", "Sousa", "Gonçalves", "Pereira", "Carvalho",
                  "Almeida", "Ribeiro", "Lopes"]
DUTCH_F = ["Sanne", "Lotte", "Femke", "Eline", "Noor"]
DUTCH_M = ["Daan", "Bram", "Joost", "Sem", "Ruben", "Thijs"]
DUTCH_SUR = ["van Dijk", "Bakker", "Jansen", "Visser", "van den Berg", "Smit", "de Boer",
             "Mulder", "de Groot"]
POLISH_F = ["Agnieszka", "Magdalena", "Joanna", "Marta", "Zofia"]
POLISH_M = ["Piotr", "Tomasz", "Paweł", "Michał", "Krzysztof"]
POLISH_SUR = ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zając", "Król", "Dudek"]
NORDIC_F = ["Ingrid", "Sigrid", "Astrid", "Freja", "Maja", "Linnea"]
NORDIC_M = ["Erik", "Mikkel", "Anders", "Henrik", "Jonas", "Oskar"]
NORDIC_SUR = ["Johansson", "Lindqvist", "Nielsen", "Haugen", "Sørensen", "Andersson", "Berg",
              "Dahl", "Lund", "Hansen"]

NAMES = {
    "es": (SPANISH_F, SPANISH_M, SPANISH_SUR),
    "latam": (LATAM_F, LATAM_M, LATAM_SUR),
    "en": (ENGLISH_F, ENGLISH_M, ENGLISH_SUR),
    "de": (GERMAN_F, GERMAN_M, GERMAN_SUR),
    "fr": (FRENCH_F, FRENCH_M, FRENCH_SUR),
    "it": (ITALIAN_F, ITALIAN_M, ITALIAN_SUR),
    "pt": (PORTUGUESE_F, PORTUGUESE_M, PORTUGUESE_SUR),
    "nl": (DUTCH_F, DUTCH_M, DUTCH_SUR),
    "pl": (POLISH_F, POLISH_M, POLISH_SUR),
    "nordic": (NORDIC_F, NORDIC_M, NORDIC_SUR),
}
ORIGIN_WEIGHTS = [("es", 46), ("latam", 15), ("en", 14), ("de", 9), ("fr", 4), ("it", 4),
                  ("pt", 3), ("nl", 2), ("pl", 2), ("nordic", 1)]

# Invented companies, by where their people mostly come from.
COMPANIES = {
    "es": ["Moda Brisa, S.L.", "Calzados Ribera", "Casa Olivo",
           "Librería Faro", "Vinoteca Sur", "Óptica Lumen", "Deportes Cumbre", "Bazar Lanza",
           "Agencia Trébol", "Pixelría", "Faro Comunicación", "Cartaplus Software", "Nodo Cloud",
           "Logística Meridiano", "Paquetería Ágil", "Transportes Ebro", "Pagora Fintech",
           "Caja Norte", "Finanzas Claras", "Seguros Almena", "Perfumerías Nácar",
           "Juguetes Tiovivo", "Electro Vega", "Muebles Roble y Pino", "Cosmética Salvia",
           "Grupo Almadraba Retail", "Hilados del Tajo, S.A.", "Banco Alcázar",
           "Datanube Analítica"],
    "latam": ["Mercado Andino S.A.S.", "Tienda Quetzal", "Pampa Commerce", "Envíos Cóndor",
              "Logística Maya", "Pagos Ceiba", "Moda Lima", "Ferretería Colibrí",
              "Nativa Software"],
    "en": ["Brightcart Ltd", "Harbourline Commerce", "Redbrick Media", "Kestrel Commerce, Inc.",
           "Northlane Freight", "Ledgerly", "Tessera Labs", "Quillon Systems",
           "Fernhill Retail Group", "Copperleaf Analytics", "Bramble & Finch Home"],
    "de": ["Nordhaus Living GmbH", "Kaufnett GmbH", "Hafenlogistik GmbH", "Feldberg Software AG",
           "Lindenwerk Digital", "Blauwal Payments", "Talentfeld GmbH"],
    "fr": ["Maison Clair", "Atelier Sablon", "Colis Rapide SAS"],
    "it": ["Lanterna Commerce S.r.l.", "Ottica Portofino", "Pagamenti Aurelia S.p.A."],
    "pt": ["Loja Atlântica", "Navegante Logística", "Ribeira Digital"],
    "nl": ["Grachtwerk B.V.", "Polder Logistics B.V."],
    "pl": ["Wisła Commerce", "Bursztyn Software"],
    "nordic": ["Fjellsoft AS", "Skagen Retail ApS"],
}
SPANISH_TITLE_ORIGINS = {"es", "latam"}

# (male, female) Spanish job titles; English titles are the same for everyone.
TITLES_ES = [
    ("Responsable de E-commerce", "Responsable de E-commerce"),
    ("Director de Marketing", "Directora de Marketing"),
    ("Director de Marketing Digital, Canal Online", "Directora de Marketing Digital, Canal Online"),
    ("Especialista SEO", "Especialista SEO"),
    ("Consultor de Marketplaces", "Consultora de Marketplaces"),
    ("Desarrollador Shopify", "Desarrolladora Shopify"),
    ("Jefe de Producto", "Jefa de Producto"),
    ("Analista de Datos", "Analista de Datos"),
    ("Fundador", "Fundadora"),
    ("CEO", "CEO"),
    ("Director General", "Directora General"),
    ("Key Account Manager", "Key Account Manager"),
    ("Responsable de Logística", "Responsable de Logística"),
    ("Jefe de Operaciones", "Jefa de Operaciones"),
    ("Product Manager", "Product Manager"),
    ("Category Manager", "Category Manager"),
    ("Responsable de Atención al Cliente", "Responsable de Atención al Cliente"),
    ("Técnico de Marketing Online", "Técnica de Marketing Online"),
    ("Director Financiero", "Directora Financiera"),
    ("Social Media Manager", "Social Media Manager"),
    ("Responsable de CRM y Email Marketing", "Responsable de CRM y Email Marketing"),
    ("Diseñador UX/UI", "Diseñadora UX/UI"),
    ("Desarrollador Full Stack", "Desarrolladora Full Stack"),
    ("Director Comercial", "Directora Comercial"),
    ("Responsable de Compras", "Responsable de Compras"),
    ("Consultor SEO, freelance", "Consultora SEO, freelance"),
    ("Socio, Director de Estrategia", "Socia, Directora de Estrategia"),
    ("Head of Growth", "Head of Growth"),
    ("Performance Marketing Manager", "Performance Marketing Manager"),
    ("Responsable de Ventas, Zona Centro", "Responsable de Ventas, Zona Centro"),
    ("Analista de Riesgos", "Analista de Riesgos"),
    ("Responsable de Almacén", "Responsable de Almacén"),
]
TITLES_EN = [
    "Head of E-commerce", "E-commerce Manager", "Growth Marketing Manager",
    "Senior SEO Specialist", "Marketplace Manager", "Software Engineer",
    "Senior Software Engineer", "Product Manager", "Data Analyst", "Head of Growth, EMEA",
    "Director, Digital Commerce", "Logistics Coordinator", "Supply Chain Manager",
    "Account Executive", "Chief Financial Officer", "Financial Analyst", "Founder & CEO", "CTO",
    "UX Designer", "Customer Success Manager", "Partnerships Lead", "Marketing Director",
    "Operations Manager", "Engineering Manager", "VP of Sales", "Brand Manager", "CRM Manager",
    "Paid Media Specialist", "Risk Analyst, Payments",
]


def make_slug(rng: random.Random, first: str, last: str) -> str:
    raw = f"{first} {last}".lower().replace("'", "")
    words = raw.split()
    style = rng.random()
    if style < 0.05 and ascii_fold(raw) != raw:
        # a few keep their accents, percent-encoded as LinkedIn does
        base = "-".join(words)
        base = urllib.parse.quote(base, safe="-")
    else:
        base = "-".join(ascii_fold(w) for w in words)
    suffix_style = rng.random()
    if suffix_style < 0.62:
        return f"{base}-{rng.getrandbits(32):08x}"[: len(base) + 1 + rng.choice([6, 7, 8])]
    if suffix_style < 0.80:
        return f"{base}-{rng.randrange(10**8, 10**9)}"
    if suffix_style < 0.90:
        return f"{base}-{rng.getrandbits(12):03x}"
    return rng.choice([base, base.replace("-", "")])


def random_connected(rng: random.Random) -> date:
    start = date(2019, 1, 14)
    end = date(2026, 11, 28)
    span = (end - start).days
    # networks grow: more connections in recent years
    return start + timedelta(days=int(span * (rng.random() ** 0.7)))


def random_people(rng: random.Random, count: int, taken_names: set[str],
                  taken_slugs: set[str]) -> list[Person]:
    people: list[Person] = []
    origins = [o for o, _ in ORIGIN_WEIGHTS]
    weights = [w for _, w in ORIGIN_WEIGHTS]
    while len(people) < count:
        origin = rng.choices(origins, weights)[0]
        female_names, male_names, surnames = NAMES[origin]
        female = rng.random() < 0.5
        first = rng.choice(female_names if female else male_names)
        if origin in ("es", "latam") and rng.random() < 0.7:
            a, b = rng.sample(surnames, 2)
            last = f"{a} {b}"
        else:
            last = rng.choice(surnames)
        name = f"{first} {last}"
        if name in taken_names:
            continue
        slug = make_slug(rng, first, last)
        if slug in taken_slugs:
            continue
        r = rng.random()
        if r < 0.04:
            company, position = "", ""
        else:
            pool_origin = origin if rng.random() < 0.82 else rng.choice(origins)
            company = rng.choice(COMPANIES[pool_origin])
            if origin in SPANISH_TITLE_ORIGINS and rng.random() < 0.75:
                male_title, female_title = rng.choice(TITLES_ES)
                position = female_title if female else male_title
            else:
                position = rng.choice(TITLES_EN)
        taken_names.add(name)
        taken_slugs.add(slug)
        people.append(Person(f"r{len(people):03d}", first, last, slug, company, position,
                             "", random_connected(rng)))
    return people


def build_connections(rng: random.Random) -> list[Person]:
    hand = [p for p in P.values() if p.connected is not None]
    taken_names = {p.name for p in P.values()}
    taken_slugs = {p.slug for p in P.values()}
    taken_names.add("David García")
    people = random_people(rng, 197 - len(hand) - 2, taken_names, taken_slugs)
    # namesakes: same name, different company and URL (a merge candidate at most)
    people.append(Person("david1", "David", "García", "david-garcia-3b71c0a2", "Electro Vega",
                         "Director Comercial", "", d("2022-10-18")))
    people.append(Person("david2", "David", "García", "davidgarcia-dev-58124", "Cartaplus Software",
                         "Desarrollador Full Stack", "", d("2025-01-29")))
    # about 3% of rows carry an e-mail address (Irene's is hand-written)
    domains = ["example.com", "example.org", "example.net"]
    for p in rng.sample([p for p in people if p.company], 5):
        local = ascii_fold(f"{p.first}.{p.last.split()[0]}").lower().replace(" ", "").replace("'", "")
        p.email = f"{local}@{rng.choice(domains)}"
    return hand + people


# ---------------------------------------------------------------- owner's profile

HEADLINE = "Consultora de e-commerce · Shopify, growth y marketplaces"
SUMMARY = (
    "Ayudo a marcas y tiendas a vender más online: estrategia de e-commerce, Shopify, SEO y "
    "marketplaces. Más de diez años en comercio electrónico, de agencia (Nubo Digital) a "
    "retail (Tiendas Aurora), y desde 2024 con mi propia consultoría.\n\n"
    "Me gusta trabajar con equipos pequeños que quieren crecer sin perder la cabeza: "
    "auditorías, migraciones a Shopify, lanzamiento en Amazon y otros marketplaces, y "
    "analítica para decidir con datos. Si tienes una tienda online y quieres hablar, escríbeme."
)


def profile_rows() -> list[list[str]]:
    header = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
              "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
              "Instant Messengers"]
    row = [ME_FIRST, ME_LAST, "", "", "", HEADLINE, SUMMARY, "Retail", "28004",
           "Madrid, Community of Madrid, Spain", "", "", ""]
    return [header, row]


def positions_rows() -> list[list[str]]:
    header = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
    madrid = "Madrid, Comunidad de Madrid, España"
    return [
        header,
        ["García Ruiz Consultoría E-commerce", "Fundadora y consultora de e-commerce",
         "Consultoría para marcas y tiendas online: estrategia, Shopify, SEO, marketplaces y analítica.",
         madrid, fmt_month(2024, 6), ""],
        ["Tiendas Aurora", "Responsable de E-commerce",
         "Dirección del canal online (moda y hogar): migración a Shopify Plus, lanzamiento en "
         "marketplaces y un equipo de seis personas.",
         madrid, fmt_month(2019, 9), fmt_month(2024, 5)],
        ["Nubo Digital", "Consultora SEO y Growth",
         "SEO, CRO y campañas de growth para clientes de retail, turismo y educación.",
         madrid, fmt_month(2016, 6), fmt_month(2019, 8)],
        ["Mercado Verde Online", "Técnica de Marketing Online",
         "", "Alcalá de Henares, Comunidad de Madrid, España", fmt_month(2014, 2), fmt_month(2016, 5)],
    ]


def education_rows() -> list[list[str]]:
    header = ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"]
    return [
        header,
        ["Universidad Complutense de Madrid", "2014", "2015", "",
         "Máster en Marketing Digital y Comercio Electrónico", ""],
        ["Universidad Complutense de Madrid", "2009", "2013", "",
         "Grado en Administración y Dirección de Empresas", "Club de Emprendimiento, Erasmus en Lyon"],
    ]


SKILLS = ["E-commerce", "Shopify", "SEO", "Growth Marketing", "Marketplaces", "Google Analytics",
          "Amazon Seller Central", "Conversion Rate Optimization", "Email Marketing",
          "Google Ads", "WooCommerce", "Analítica web", "Estrategia digital",
          "Gestión de proyectos", "Klaviyo", "Retail"]


def skills_rows() -> list[list[str]]:
    return [["Name"]] + [[s] for s in SKILLS]


def languages_rows() -> list[list[str]]:
    return [["Name", "Proficiency"],
            ["Spanish", "Native or bilingual proficiency"],
            ["English", "Full professional proficiency"]]


def connections_text(people: list[Person]) -> str:
    rows = []
    for p in people:
        rows.append((p.connected, [p.first, p.last, p.url, p.email, p.company, p.position,
                                   fmt_connected(p.connected)]))
    for hidden in (d("2026-06-07"), d("2024-03-14"), d("2021-09-22")):
        rows.append((hidden, ["", "", "", "", "", "", fmt_connected(hidden)]))
    # newest first, as LinkedIn lists them; ties keep a stable order
    rows.sort(key=lambda r: r[0], reverse=True)
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
              "Connected On"]
    preamble = "Notes:" + CRLF + CONNECTIONS_NOTE + CRLF + CRLF
    return preamble + csv_text([header] + [r for _, r in rows])


# ---------------------------------------------------------------- invitations

# (person key, direction, sent at, message)
INVITATIONS = [
    # incoming, last 14 days before 2026-11-30
    ("katarzyna", "INCOMING", "2026-11-29 10:47:00", ""),
    ("diego", "INCOMING", "2026-11-29 07:22:00", ""),
    ("hannah", "INCOMING", "2026-11-28 09:31:00", ""),
    ("sergio", "INCOMING", "2026-11-27 21:55:00", ""),
    ("andres", "INCOMING", "2026-11-27 01:18:00", ""),
    ("zoe", "INCOMING", "2026-11-26 08:57:00",
     "Hi Ana,\nloved your post on marketplace fees. Let's connect!"),
    ("luca", "INCOMING", "2026-11-25 16:44:00", ""),
    ("nuria", "INCOMING", "2026-11-25 08:08:00", ""),
    ("carmen", "INCOMING", "2026-11-24 11:20:00", ""),
    ("tom", "INCOMING", "2026-11-23 15:15:00", ""),
    ("joseangel", "INCOMING", "2026-11-22 19:40:00",
     "Hola Ana, tenemos una tienda online de vinos y queremos crecer en marketplaces. ¿Hablamos?"),
    ("valentina", "INCOMING", "2026-11-21 14:37:00",
     "¡Hola Ana! Te sigo hace tiempo, me encantaría conectar."),
    ("raul", "INCOMING", "2026-11-20 18:12:00", ""),
    ("jurgen", "INCOMING", "2026-11-20 16:10:00",
     "Hi Ana, we are bringing our online shop to Spain next year, and your Shopify work "
     "caught my eye. Would be great to connect!"),
    ("sophie", "INCOMING", "2026-11-19 10:05:00", ""),
    ("pablo", "INCOMING", "2026-11-18 17:02:00", ""),
    ("lucia", "INCOMING", "2026-11-17 09:12:00", ""),
    ("marta", "INCOMING", "2026-11-16 18:48:00", ""),
    ("elena", "INCOMING", "2026-11-16 12:03:00", ""),
    # incoming, older
    ("ivan", "INCOMING", "2026-11-15 18:30:00", ""),
    ("raquel", "INCOMING", "2026-11-02 17:40:00", ""),
    ("oliver", "INCOMING", "2026-10-27 09:14:00", ""),
    ("emily", "INCOMING", "2026-10-14 18:03:00", ""),
    ("inaki", "INCOMING", "2026-10-08 20:26:00", ""),
    ("camila", "INCOMING", "2026-10-05 12:30:00", ""),
    ("fernando", "INCOMING", "2026-09-29 11:47:00", ""),
    ("beatriz", "INCOMING", "2026-09-10 07:55:00", ""),
    ("gabriela", "INCOMING", "2026-08-19 15:12:00", ""),
    ("mark", "INCOMING", "2025-03-11 10:09:00", ""),
    ("lars", "INCOMING", "2024-06-03 13:45:00", ""),
    ("anneke", "INCOMING", "2023-02-14 16:20:00", ""),
    # outgoing
    ("isabel", "OUTGOING", "2026-11-26 10:15:00",
     "Hola Isabel, vi tu charla sobre devoluciones en moda online, me encantaría conectar."),
    ("mateo", "OUTGOING", "2026-11-20 18:05:00", ""),
    ("markus", "OUTGOING", "2026-11-12 09:40:00", ""),
    ("claudia", "OUTGOING", "2026-10-30 17:55:00", ""),
    ("sarah", "OUTGOING", "2026-09-05 11:11:00", ""),
    ("alejandro", "OUTGOING", "2026-07-14 20:02:00", ""),
    ("patricia", "OUTGOING", "2026-03-02 09:30:00",
     "Hola Patricia, coincidimos en el congreso de e-commerce de Madrid. ¡Encantada de conectar!"),
    ("thomas", "OUTGOING", "2025-11-20 14:48:00", ""),
    ("irene", "OUTGOING", "2025-05-08 10:00:00", ""),
    ("daniel", "OUTGOING", "2024-10-01 16:37:00", ""),
]


def invitations_rows() -> list[list[str]]:
    header = ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
              "inviteeProfileUrl"]
    rows = [header]
    for key, direction, sent_at, message in sorted(INVITATIONS, key=lambda i: i[2], reverse=True):
        other = P[key]
        t = dt(sent_at)
        if direction == "INCOMING":
            rows.append([other.name, ME_NAME, fmt_invitation(t), message, direction,
                         other.url, ME_URL])
        else:
            rows.append([ME_NAME, other.name, fmt_invitation(t), message, direction,
                         ME_URL, other.url])
    return rows


# ---------------------------------------------------------------- messages

@dataclass
class Conversation:
    participants: list[str]          # person keys, Ana included
    messages: list[tuple]            # (sender key or Person, "YYYY-MM-DD HH:MM:SS", content[, subject])
    title: str = ""
    folder: str = "INBOX"


SPONSOR = Person("sponsor", "Héctor", "Lillo", "")
MEMBER = Person("member", "LinkedIn", "Member", "")
SPONSORED_HTML = (
    '<p class="spinmail-quill-editor__spin-break">Hola %FIRSTNAME%,</p>'
    "<p>¿Tu tienda online está lista para Navidad? Con <strong>Paquetería Ágil Pro</strong> "
    "tienes envíos en 24 h y devoluciones gratis para tus clientes.</p>"
    "<ul><li>Sin permanencia</li><li>20% de descuento &amp; integración con Shopify</li></ul>"
    '<p><a href="https://example.com/navidad">Pide tu demo</a></p>'
)

CONVERSATIONS = [
    # ----- invitations of the last 14 days that Ana already answered
    Conversation(["me", "lucia"], [
        ("me", "2026-11-18 08:41:10",
         "¡Hola Lucía! Gracias por la invitación.\n"
         "He visto que lleváis el e-commerce de Moda Brisa; yo trabajé varios años en moda online "
         "en Tiendas Aurora y ahora ayudo a marcas con Shopify y marketplaces.\n"
         "¿Te apetece que hablemos un rato un día de estos?\n"
         "Un saludo,\nAna"),
        ("lucia", "2026-11-19 16:05:47",
         "¡Hola Ana! Qué bien que me escribas, justo estamos valorando migrar la tienda a Shopify.\n"
         "¿Te viene bien una llamada el martes? Mi teléfono es 612 345 678."),
        ("me", "2026-11-19 17:22:03",
         "¡Genial! El martes 24 a las 11:00 te llamo a ese número. ¡Hasta el martes!"),
        ("lucia", "2026-11-24 12:10:31",
         "Mil gracias por la llamada, Ana. Te paso por aquí los datos de la tienda:\n"
         "- 1.200 pedidos/mes\n- PrestaShop 1.7\n- Catálogo de 3.400 referencias\n\n"
         "Quedo atenta a la propuesta 🙂"),
    ]),
    Conversation(["me", "jurgen"], [
        ("me", "2026-11-21 10:02:44",
         "Hi Jürgen, thanks for the invitation and for the kind words!\n"
         "I've helped several brands launch their Shopify stores in Spain (payments, returns, "
         "marketplaces), so I'm happy to share what worked.\n"
         "Would a short call next week suit you?\nBest,\nAna"),
        ("jurgen", "2026-11-22 09:15:12",
         "Hi Ana, thanks for your message. We're planning the Spanish launch for Q1 2027. "
         "Could you send me a short proposal with your approach and fees?"),
    ]),
    Conversation(["me", "marta"], [
        ("me", "2026-11-17 09:30:05",
         "Hola Marta, gracias por conectar. Vi que en Calzados Ribera estáis apostando por la "
         "venta online; si en algún momento queréis comparar notas sobre marketplaces, encantada "
         "de tomar un café.\nAna"),
        ("marta", "2026-11-17 13:02:40", "Gracias por conectar, Ana. ¡Un saludo!"),
    ]),
    Conversation(["me", "tom"], [
        ("me", "2026-11-24 09:48:19",
         "Hi Tom, thanks for connecting! I saw you run marketplace partnerships at Harbourline. "
         "I help Spanish brands sell on Amazon and other European marketplaces; would you be "
         "open to a quick chat about how you choose new sellers?"),
    ]),
    # ----- older welcomes and the answers they got
    Conversation(["me", "raquel"], [
        ("me", "2026-11-03 10:12:00",
         "Hola Raquel, gracias por la invitación. Vi que llevas la tienda online de Óptica Lumen; "
         "si algún día queréis revisar el SEO o las campañas, cuenta conmigo. ¿Hablamos?"),
        ("raquel", "2026-11-04 18:44:09", "¡Me parece genial! En el futuro hablaremos"),
    ]),
    Conversation(["me", "oliver"], [
        ("me", "2026-10-28 11:20:00",
         "Hi Oliver, thanks for the invite! Always good to meet people doing paid social for "
         "retail brands. Happy to swap notes on what's working for Q4."),
        ("oliver", "2026-10-28 15:03:33", "Thanks for connecting!"),
    ]),
    Conversation(["me", "emily"], [
        ("me", "2026-10-15 08:55:41",
         "Hi Emily, thanks for the invitation. Kestrel's merchant programme looks great; several "
         "of my clients are Spanish Shopify brands that could be a good fit. Would you like to "
         "talk about it?"),
        ("emily", "2026-10-16 14:31:07",
         "Hi Ana, great to hear from you. I'd love to learn more about your clients.\n"
         "Are you free Thursday at 10?"),
        ("me", "2026-10-16 15:02:55",
         "Thursday at 10 works for me (Madrid time). I'll send you an invite with a video link."),
        ("emily", "2026-10-22 10:47:12",
         "Thanks for today, Ana! As promised, I've shared your details with our partnerships "
         "team. Talk soon."),
    ]),
    Conversation(["me", "fernando"], [
        ("me", "2026-09-30 09:10:00",
         "Hola Fernando, gracias por conectar. Vi que en Seguros Almena estáis lanzando la "
         "contratación online; si necesitáis ayuda con el embudo de conversión, estaré encantada "
         "de hablar."),
        ("fernando", "2026-10-01 07:58:26", "No me interesa, gracias"),
    ]),
    Conversation(["me", "inaki"], [
        ("me", "2026-10-09 16:40:00",
         "Kaixo Iñaki, gracias por la invitación. Me interesa mucho cómo resolvéis la última "
         "milla en Transportes Ebro; varios clientes míos buscan operador para sus envíos. "
         "¿Te apetece que hablemos?"),
        ("me", "2026-10-16 09:05:00",
         "Hola de nuevo, Iñaki. Solo quería recuperar mi mensaje por si se quedó perdido. "
         "¡Un saludo!"),
    ]),
    Conversation(["me", "beatriz"], [
        ("me", "2026-09-11 09:00:12",
         "Hola Beatriz, gracias por la invitación. Me encanta lo que hacéis en Casa Olivo con el "
         "aceite de pequeños productores. Si en algún momento queréis vender en marketplaces, "
         "hablemos."),
        ("beatriz", "2026-09-12 19:21:40",
         "Hola Ana, ¡qué casualidad! Justo estamos pensando en entrar en Amazon. "
         "¿Podemos hablar la semana que viene?"),
        ("me", "2026-09-13 08:30:00",
         "¡Claro! ¿Te viene bien el miércoles 16 a las 10:00 por videollamada?"),
        ("beatriz", "2026-09-13 10:02:18", "Perfecto, miércoles a las 10."),
        ("me", "2026-09-18 17:45:03",
         # this cell keeps CRLF line breaks, as some real exports do
         "Hola Beatriz,\r\ngracias por la reunión del miércoles. Te adjunto el \"presupuesto\" "
         "para la primera fase:\r\n\r\n1. Auditoría del catálogo\r\n"
         "2. Alta y optimización en Amazon\r\n3. Campañas de lanzamiento\r\n\r\n"
         "Cualquier duda, me dices.\r\nAna"),
        ("beatriz", "2026-09-22 12:14:55",
         "Ana, lo hemos revisado con el equipo y nos encaja. ¡Adelante! Empezamos en octubre."),
        ("beatriz", "2026-10-30 16:20:00", "Primer mes en Amazon: 212 pedidos. ¡Gracias por todo! 🎉"),
        ("me", "2026-10-30 16:41:37", "¡Enhorabuena! Gran trabajo de todo el equipo. Seguimos."),
    ]),
    # ----- a group conversation
    Conversation(["miguelangel", "me", "cristina"], [
        ("miguelangel", "2026-11-05 18:00:00",
         "¡Hola a las dos! Estamos montando un meetup de e-commerce en Madrid para el 11 de "
         "diciembre. ¿Os animáis a dar una charla corta?"),
        ("cristina", "2026-11-05 18:32:14",
         "¡Yo me apunto! Puedo hablar de SEO para fichas de producto."),
        ("me", "2026-11-06 08:15:50",
         "¡Contad conmigo! Propongo \"Marketplaces sin morir en el intento\", 15 minutos."),
        ("miguelangel", "2026-11-06 09:01:02",
         "Perfecto, os apunto a las dos. Os paso la agenda la semana que viene."),
    ], title="Meetup e-commerce Madrid"),
    # ----- sponsored, hidden member, spam, recruiter
    Conversation(["sponsor", "me"], [
        (SPONSOR, "2026-11-24 07:00:00", SPONSORED_HTML, "Tu tienda, lista para Navidad"),
    ]),
    Conversation(["member", "me"], [
        (MEMBER, "2026-11-12 13:27:45",
         "Hola, ¿sigues haciendo auditorías SEO para tiendas Shopify? Me gustaría pedirte presupuesto."),
    ]),
    Conversation(["victor", "me"], [
        ("victor", "2026-10-03 02:14:09",
         "¡¡Gana un 30% mensual garantizado!!! Escríbeme y te explico cómo."),
    ], folder="SPAM"),
    Conversation(["sandra", "me"], [
        ("sandra", "2026-11-10 08:14:00",
         "Hi Ana,\n\nI'm recruiting a Head of E-commerce for a fashion retailer in Madrid "
         "(hybrid, Spanish and English).\nYour background at Tiendas Aurora looks like a great "
         "match. Would you be open to a confidential chat?\n\nBest regards,\nSandra",
         "Head of E-commerce – Madrid (hybrid)"),
        ("me", "2026-11-10 19:30:12",
         "Hi Sandra, thanks for thinking of me. I'm running my own consultancy now and I'm not "
         "looking for a permanent role, but good luck with the search!"),
    ]),
    # ----- former colleagues and other contacts
    Conversation(["me", "irene"], [
        ("irene", "2025-05-10 11:02:31",
         "¡Ana! Cuánto tiempo. Gracias por conectar. ¿Qué tal la vida de consultora?"),
        ("me", "2025-05-10 13:45:00",
         "¡Irene! Muy bien, mucho trabajo y muy contenta. A ver si nos tomamos un café por "
         "Aurora un día."),
        ("irene", "2025-05-12 08:20:47", "¡Hecho! Te escribo."),
    ], folder="ARCHIVE"),
    Conversation(["me", "markus"], [
        ("me", "2026-11-13 10:05:00",
         "Hi Markus, thanks for accepting. Hafenlogistik's cross-border service to Spain looks "
         "very interesting for my clients."),
        ("markus", "2026-11-14 07:48:21", "Danke, Ana! Thanks for connecting."),
    ]),
    Conversation(["me", "patricia"], [
        ("me", "2026-03-04 09:12:00",
         "Hola Patricia, gracias por aceptar. Me quedé con ganas de seguir la conversación del "
         "congreso sobre contenidos para tiendas online."),
        ("patricia", "2026-03-05 17:30:44",
         "¡Hola Ana! Sí, me encantaría. ¿Hablamos el lunes a las 9:30?"),
        ("me", "2026-03-05 18:02:10", "Hecho, el lunes a las 9:30 te llamo."),
    ]),
    Conversation(["me", "daniel"], [
        ("daniel", "2024-10-02 12:15:00",
         "Thanks for the invite, Ana. Let me know if you're ever in London."),
        ("me", "2024-10-02 18:40:27", "Will do, thanks Daniel!"),
    ], folder="ARCHIVE"),
    Conversation(["me", "claudia"], [
        ("me", "2026-10-31 10:30:00",
         "Hola Claudia, gracias por aceptar. Me encantó la campaña de Agencia Trébol para "
         "Juguetes Tiovivo; si algún cliente vuestro necesita apoyo en e-commerce, aquí estoy."),
        ("claudia", "2026-11-01 12:06:15", "Gracias por conectar"),
    ]),
    Conversation(["me", "mark"], [
        ("me", "2025-03-12 09:40:00",
         "Hi Mark, thanks for the invitation! Fernhill's move into online grocery is fascinating. "
         "Happy to compare notes on marketplaces any time."),
        ("mark", "2025-03-13 16:22:08", "Cheers Ana, likewise. Let's talk in the future."),
    ]),
    Conversation(["me", "gabriela"], [
        ("gabriela", "2026-08-20 10:10:10",
         "Olá Ana! Obrigada por aceitar o convite. Trabalho com marketplaces em Lisboa e adorei "
         "o seu artigo sobre devoluções."),
        ("me", "2026-08-21 08:33:00",
         "¡Hola Gabriela! Obrigada a ti. Si algún día vienes a Madrid, te invito a un café."),
    ]),
    Conversation(["me", "alejandro"], [
        ("alejandro", "2026-07-20 11:48:00",
         "Hola Ana, ¿me recomiendas algún operador logístico para una tienda pequeña de "
         "cosmética? ¡Gracias!"),
        ("me", "2026-07-20 13:15:42",
         "Hola Alejandro, depende del volumen, pero yo miraría:\n"
         "- Logística Meridiano (muy buenos con devoluciones)\n"
         "- Paquetería Ágil (si envías a Portugal)\n\n"
         "Si quieres, te presento a alguien de Meridiano."),
    ]),
    Conversation(["me", "laura"], [
        ("laura", "2026-06-02 09:05:00",
         "¡Ana! Te echamos de menos en Aurora. Por cierto, estamos buscando apoyo externo para "
         "marketplaces, ¿te interesaría presentar propuesta?"),
        ("me", "2026-06-02 10:20:30", "¡Claro que sí! Mándame el briefing y lo vemos."),
        ("laura", "2026-06-03 08:55:12", "Te lo envío por correo. ¡Gracias!"),
    ]),
    Conversation(["me", "thomas"], [
        ("me", "2025-11-21 08:50:00",
         "Hi Thomas, thanks for accepting my invitation. I enjoyed your talk on headless "
         "commerce; some of my clients are weighing that exact decision."),
        ("thomas", "2025-11-24 12:31:19", "Hi Ana, thank you! Let's stay in touch."),
    ]),
    Conversation(["me", "anneke"], [
        ("anneke", "2023-02-15 09:30:00",
         "Hi Ana, thanks for accepting! Loved your talk at the retail summit in Amsterdam."),
        ("me", "2023-02-15 11:12:45", "Thank you, Anneke! It was a great event."),
    ], folder="ARCHIVE"),
    Conversation(["me", "lars"], [
        ("lars", "2024-06-04 07:45:00",
         "Hi Ana, congratulations on starting your own consultancy!"),
        ("me", "2024-06-04 09:02:33", "Thanks a lot, Lars!"),
    ], folder="ARCHIVE"),
    Conversation(["me", "sarah"], [
        ("me", "2026-09-07 10:00:00",
         "Hi Sarah, thanks for accepting! Copperleaf's report on returns in fashion e-commerce "
         "was really useful for my clients."),
    ]),
    Conversation(["me", "jorge"], [
        ("jorge", "2026-11-10 17:30:00",
         "¡Hola Ana! ¿Un café la semana que viene? Tengo un proyecto que te puede interesar."),
        ("me", "2026-11-10 18:04:51", "¡Claro, Jorge! ¿El jueves 19 por la mañana, cerca de Aurora?"),
        ("jorge", "2026-11-11 08:12:37",
         "Jueves 19 a las 9:30 en la cafetería de siempre. ¡Hasta entonces!"),
    ]),
]


def conversation_id(rng: random.Random) -> str:
    u = uuid.UUID(int=rng.getrandbits(128), version=4)
    return "2-" + base64.b64encode(f"{u}_010".encode("ascii")).decode("ascii")


def person(ref) -> Person:
    return ref if isinstance(ref, Person) else P[ref]


def messages_rows(rng: random.Random) -> list[list[str]]:
    header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
              "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]
    blocks = []
    for conv in CONVERSATIONS:
        cid = conversation_id(rng)
        members = [person(k) if k not in ("sponsor", "member") else None for k in conv.participants]
        rows = []
        for msg in conv.messages:
            sender = person(msg[0])
            when = dt(msg[1])
            content = msg[2]
            subject = msg[3] if len(msg) > 3 else ""
            recipients = [m for m in members if m is not None and m.key != sender.key]
            rows.append((when, [
                cid, conv.title, sender.name, sender.url if sender.slug else "",
                ", ".join(r.name for r in recipients),
                ",".join(r.url for r in recipients),
                fmt_message(when), subject, content, conv.folder, "",
            ]))
        rows.sort(key=lambda r: r[0], reverse=True)
        blocks.append(rows)
    # conversations with the newest activity first, each newest message first
    blocks.sort(key=lambda b: b[0][0], reverse=True)
    return [header] + [r for block in blocks for _, r in block]


# ---------------------------------------------------------------- output

def build_files() -> dict[str, bytes]:
    rng = random.Random(SEED)
    connections = build_connections(rng)
    files = {
        "Profile.csv": csv_text(profile_rows()),
        "Positions.csv": csv_text(positions_rows()),
        "Education.csv": csv_text(education_rows()),
        "Skills.csv": csv_text(skills_rows()),
        "Languages.csv": csv_text(languages_rows()),
        "Connections.csv": connections_text(connections),
        "Invitations.csv": csv_text(invitations_rows()),
        "messages.csv": csv_text(messages_rows(rng), quote_all=True),
    }
    return {name: text.encode("utf-8") for name, text in files.items()}


def write_zip(files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(ZIP_PATH, "w") as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zf.writestr(info, files[name], compresslevel=6)


def main() -> None:
    files = build_files()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (OUT_DIR / name).write_bytes(data)
    write_zip(files)
    for name in sorted(files):
        print(f"{OUT_DIR.relative_to(EXAMPLES.parent) / name}")
    print(ZIP_PATH.relative_to(EXAMPLES.parent))


if __name__ == "__main__":
    main()
