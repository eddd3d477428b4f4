namespace Playbook.Benchmarks.Profiles;

/// <summary>The Spanish profile PDFs of <c>tests/fixtures/profiles/</c> and of <c>examples/profiles/</c>: invented people.</summary>
internal static class SpanishSheets
{
    /// <summary>
    /// Three pages or more: roles grouped under two companies (<c>6 años</c>, <c>2 años 2 meses</c>), employment types
    /// beside companies, a wrapped LinkedIn URL, languages and a certification that wrap.
    /// </summary>
    public static ProfileSheet LuciaFerrerAlmansa => new()
    {
        FullName = "Lucía Ferrer Almansa",
        Spanish = true,
        Headline = "Directora de Operaciones E-commerce en Moda Sur",
        Location = "Valencia, Comunidad Valenciana, España",
        Summary =
        [
            "Llevo catorce años haciendo que los pedidos online lleguen a tiempo: almacenes, transportistas, devoluciones y el servicio al cliente que lo une todo. Empecé midiendo datos en un marketplace y hoy dirijo las operaciones de una marca de moda con tres almacenes.",
            "Me gusta ordenar procesos que crecieron deprisa, medir lo que cuesta de verdad cada devolución y trabajar con los equipos de tienda para que el stock esté donde se vende.",
            "Si trabajas en logística de moda o en marketplaces y quieres comparar notas, escríbeme.",
        ],
        Contact =
        [
            new("612 345 678", "Móvil"),
            new("lucia.ferrer@example.com"),
            new("www.linkedin.com/in/lucia-ferrer-almansa-7a3b91", "LinkedIn"),
        ],
        Skills = ["Gestión de operaciones", "Logística inversa", "Shopify Plus"],
        Languages =
        [
            "Español (Competencia bilingüe o nativa)",
            "Valenciano (Competencia bilingüe o nativa)",
            "Inglés (Competencia profesional completa)",
            "Italiano (Competencia básica profesional)",
        ],
        Certifications =
        [
            "Certificación Google Analytics",
            "Scrum Master Certificado (SMC) por la Scrum Alliance de España y Portugal",
        ],
        Experience =
        [
            new("Moda Sur · Jornada completa", "6 años",
            [
                new("Directora de Operaciones E-commerce", "enero de 2022 - Present (3 años 6 meses)", "Valencia, Comunidad Valenciana, España",
                [
                    "Dirijo las operaciones del canal online: tres almacenes, cinco transportistas y un equipo de veinticuatro personas entre logística y atención al cliente.",
                    "Bajamos el plazo de entrega peninsular de 72 a 26 horas y el coste por devolución en un 31 % con un centro de devoluciones propio.",
                    "Llevé la integración de las tiendas físicas con el stock online para recoger y devolver en tienda, hoy el 22 % de los pedidos.",
                    "Preparo el plan anual de capacidad con finanzas y compras, y lo reviso cada mes con la dirección general.",
                ]),
                new("Responsable de Logística Online", "agosto de 2019 - diciembre de 2021 (2 años 5 meses)", "Valencia, Comunidad Valenciana, España",
                [
                    "Monté el primer almacén dedicado al canal online y cambié el sistema de gestión de almacén sin cerrar ni un día.",
                    "Negocié los contratos con los transportistas y puse en marcha el seguimiento de cada envío para el cliente.",
                    "Durante 2020 los pedidos se triplicaron en seis semanas: organizamos dos turnos nuevos y un almacén temporal.",
                ]),
            ]),
            new("Tiendas Aurora", null,
            [
                new("Coordinadora de Marketplaces", "marzo de 2016 - julio de 2019 (3 años 5 meses)", "Madrid, Comunidad de Madrid, España",
                [
                    "Coordiné la venta en Amazon, El Corte Inglés y Zalando: catálogo, precios, stock y atención a los clientes de cada canal.",
                    "Llevé las ventas en marketplaces del 4 % al 19 % del total online en tres años.",
                    "Preparé los informes semanales de márgenes por canal y el cuadro de mando que usaba el comité de dirección.",
                ]),
            ]),
            new("Almansa Vinos · Jornada parcial", null,
            [
                new("Gestora de tienda online", "2013 - 2016 (3 años)", "Almansa, Castilla-La Mancha, España",
                [
                    "Abrí y gestioné la tienda online de la bodega familiar, de las fotos de producto a los envíos refrigerados.",
                ]),
            ]),
            new("Mercado Central Digital", "2 años 2 meses",
            [
                new("Analista de Datos", "abril de 2012 - 2013 (1 año)", "Madrid, Comunidad de Madrid, España",
                [
                    "Informes de ventas y de comportamiento de compra para los vendedores del marketplace.",
                ]),
                new("Becaria de Marketing", "noviembre de 2011 - marzo de 2012 (5 meses)", "Madrid, Comunidad de Madrid, España"),
            ]),
        ],
        Education =
        [
            new("Universitat de València", "Máster en Logística y Gestión de la Cadena de Suministro · (2014 - 2015)"),
            new("Universidad de Castilla-La Mancha", "Grado en Administración y Dirección de Empresas, Empresa · (2007 - 2011)"),
        ],
        CreationDate = "D:20250703090112Z",
    };

    /// <summary>No Extracto; a wrapped email, a self-employed role (<c>· Autónomo</c>), <c>Presente</c>, a company URL.</summary>
    public static ProfileSheet JavierOrtegaNieto => new()
    {
        FullName = "Javier Ortega Nieto",
        Spanish = true,
        Headline = "Desarrollador backend · .NET y PostgreSQL",
        Location = "Sevilla, Andalucía, España",
        Contact =
        [
            new("javier.ortega.nieto.desarrollo@example.net"),
            new("www.linkedin.com/in/javierortneto", "LinkedIn"),
            new("ortega-nieto.example.com", "Empresa"),
        ],
        Skills = [".NET", "PostgreSQL", "Arquitectura de software"],
        Languages = ["Español (Competencia bilingüe o nativa)", "Inglés (Competencia profesional)"],
        Experience =
        [
            new("Javier Ortega Nieto · Autónomo", null,
            [
                new("Desarrollador backend freelance", "mayo de 2021 - Presente (4 años 2 meses)", "Sevilla, Andalucía, España"),
            ]),
            new("Clínicas Guadalquivir", null,
            [
                new("Desarrollador .NET", "septiembre de 2017 - abril de 2021 (3 años 8 meses)", "Área metropolitana de Sevilla",
                [
                    "Desarrollo de la plataforma de citas y de la historia clínica electrónica de once clínicas.",
                ]),
            ]),
            new("Aljarafe Software", null,
            [
                new("Programador junior", "2015 - 2017 (2 años)", null, ["Mantenimiento de aplicaciones de facturación en C#."]),
            ]),
        ],
        Education = [new("Universidad de Sevilla", "Grado en Ingeniería Informática · (2011 - 2015)")],
        CreationDate = "D:20250410184530Z",
    };

    /// <summary>
    /// Two pages, a role's dates at the top of the second; a wrapped headline, <c>actualidad</c>, a freelance role,
    /// schools without dates, an Honores y premios section, and no creation date.
    /// </summary>
    public static ProfileSheet NuriaCastellsPuig => new()
    {
        FullName = "Núria Castells Puig",
        Spanish = true,
        Headline = "Diseñadora de producto y UX writer · Ayudo a equipos de salud digital a escribir interfaces claras, accesibles y en varios idiomas",
        Location = "Barcelona, Cataluña, España",
        Summary =
        [
            "Diseño y escribo productos digitales de salud: apps de citas, resultados de análisis y recordatorios de medicación que entienda cualquiera, también en catalán y en inglés.",
            "Antes fui correctora y redactora; de ahí vienen mi manía por las palabras exactas y mi costumbre de probar cada pantalla con personas reales.",
        ],
        Contact =
        [
            new("nuria.castells@example.org"),
            new("www.linkedin.com/in/nuriacastellspuig", "LinkedIn"),
            new("nuriacastells.example.org", "Personal"),
        ],
        Skills = ["Diseño de producto", "Redacción UX", "Accesibilidad web"],
        Languages =
        [
            "Catalán (Competencia bilingüe o nativa)",
            "Español (Competencia bilingüe o nativa)",
            "Inglés (Competencia profesional completa)",
        ],
        Honors = ["Premio Laus de Plata 2022"],
        Experience =
        [
            new("Salut Clara · Freelance", null,
            [
                new("Diseñadora de producto", "febrero de 2023 - actualidad (2 años 5 meses)", "Barcelona, Cataluña, España",
                [
                    "Diseño de la app de pacientes y de sus textos en tres idiomas, con pruebas de usabilidad cada dos semanas.",
                ]),
            ]),
            new("Estudio Tramuntana", "4 años 3 meses",
            [
                new("Diseñadora UX sénior", "enero de 2020 - enero de 2023 (3 años 1 mes)", "Barcelona, Cataluña, España",
                [
                    "Lideré el diseño de productos para hospitales y aseguradoras, y la guía de estilo de contenidos del estudio.",
                ]),
                new("Diseñadora UX", "noviembre de 2018 - diciembre de 2019 (1 año 2 meses)", "Girona, Cataluña, España",
                [
                    "Investigación con usuarios y prototipos para una red de farmacias.",
                ], DatesOnNextPage: true),
            ]),
            new("Editorial Pinassa", null,
            [
                new("Correctora y redactora", "2014 - 2018 (4 años)", "Girona, Cataluña, España"),
            ]),
        ],
        Education =
        [
            new("Universitat Pompeu Fabra", "Máster en Diseño de Interacción · (2016 - 2017)"),
            new("Elisava, Escuela Universitaria de Diseño e Ingeniería de Barcelona", "Curso de Escritura para Interfaces"),
            new("Universitat de Girona", "Grado en Periodismo"),
        ],
    };

    /// <summary>
    /// Katarzyna Nowak, who invited Ana García Ruiz in the example export: a Polish marketplace specialist in Madrid
    /// who worked at Tiendas Aurora from 2019 to 2023, while Ana ran its e-commerce.
    /// </summary>
    public static ProfileSheet KatarzynaNowak => new()
    {
        FullName = "Katarzyna Nowak",
        Spanish = true,
        Headline = "Head of Marketplaces en Casa Bruma · Amazon, Zalando y Allegro",
        Location = "Madrid, Comunidad de Madrid, España",
        Summary =
        [
            "Polaca afincada en Madrid desde 2015. Llevo diez años vendiendo en marketplaces europeos: en Tiendas Aurora lancé los canales de Amazon y Zalando, y en Casa Bruma hemos abierto Polonia y Alemania.",
            "Me interesan las operaciones de catálogo, la logística con varios almacenes y todo lo que hace que un producto venda igual de bien en cinco países.",
        ],
        Contact =
        [
            new("katarzyna.nowak@example.com"),
            new("www.linkedin.com/in/katarzyna-nowak-b7e2a0", "LinkedIn"),
        ],
        Skills = ["Amazon Seller Central", "Gestión de marketplaces", "Operaciones de catálogo"],
        Languages =
        [
            "Polaco (Competencia bilingüe o nativa)",
            "Español (Competencia profesional completa)",
            "Inglés (Competencia profesional completa)",
        ],
        Certifications = ["Gestión de Marketplaces Internacionales (Escuela de Comercio Online)"],
        Experience =
        [
            new("Casa Bruma · Jornada completa", null,
            [
                new("Head of Marketplaces", "enero de 2024 - Present (2 años 11 meses)", "Madrid, Comunidad de Madrid, España",
                [
                    "Dirijo la venta en Amazon, Zalando y Allegro en cinco países: catálogo, precios, publicidad y logística.",
                ]),
            ]),
            new("Tiendas Aurora", "4 años 3 meses",
            [
                new("Responsable de Marketplaces", "marzo de 2022 - diciembre de 2023 (1 año 10 meses)", "Madrid, Comunidad de Madrid, España",
                [
                    "Llevé los marketplaces del 6 % al 21 % de la venta online, con un equipo de tres personas.",
                ]),
                new("Especialista en Marketplaces", "octubre de 2019 - febrero de 2022 (2 años 5 meses)", "Madrid, Comunidad de Madrid, España",
                [
                    "Lancé los canales de Amazon y Zalando junto al equipo de e-commerce durante la migración a Shopify Plus.",
                ]),
            ]),
            new("Grupo Kalma", null,
            [
                new("Analista de e-commerce", "septiembre de 2015 - septiembre de 2019 (4 años 1 mes)", "Madrid, Comunidad de Madrid, España"),
            ]),
        ],
        Education =
        [
            new("Uniwersytet Ekonomiczny w Krakowie", "Magister, Comercio internacional · (2008 - 2013)"),
            new("Universidad Complutense de Madrid", "Curso de Español como Lengua Extranjera · (2015 - 2016)"),
        ],
        CreationDate = "D:20261129113000Z",
    };
}
