namespace Playbook.Benchmarks.Profiles;

/// <summary>The English profile PDFs of <c>tests/fixtures/profiles/</c>: invented people.</summary>
internal static class EnglishSheets
{
    /// <summary>
    /// Three pages or more: roles grouped under two companies, a wrapped LinkedIn URL and headline, a personal URL
    /// whose label falls on its own line, a wrapped certification, an employment type beside two companies, a
    /// school without dates.
    /// </summary>
    public static ProfileSheet OliviaBrennanMarsh => new()
    {
        FullName = "Olivia Brennan-Marsh",
        Headline = "Director of Supply Chain Analytics | Demand forecasting, inventory optimisation and S&OP for consumer goods brands",
        Location = "Leeds, England, United Kingdom",
        Summary =
        [
            "I turn messy sales, stock and promotion data into plans that factories, warehouses and finance teams can agree on. Over thirteen years I have built forecasting teams in food, retail and logistics, and I still write a fair share of the models myself.",
            "Lately I have been working on probabilistic forecasts for short-life products, on S&OP processes that finish in one meeting instead of three, and on teaching planners enough Python to stop copying spreadsheets by hand.",
            "I mentor analysts who are moving into planning, and I am always glad to compare notes with people solving the same problems in other industries.",
        ],
        Contact =
        [
            new("07700 900461", "Mobile"),
            new("olivia.brennan@example.com"),
            new("www.linkedin.com/in/olivia-brennan-marsh-4b81a2c7", "LinkedIn"),
            new("www.obm-analytics.example.net/about-olivia", "Personal"),
        ],
        Skills = ["Demand Forecasting", "Sales and Operations Planning", "Inventory Optimization"],
        Languages = ["English (Native or Bilingual)", "French (Professional Working)", "German (Elementary)"],
        Certifications =
        [
            "APICS Certified Supply Chain Professional (CSCP)",
            "Microsoft Certified: Power BI Data Analyst Associate and Fabric Analytics Engineer",
            "Lean Six Sigma Green Belt",
        ],
        Experience =
        [
            new("Harrowgate Foods · Full-time", "6 years 5 months",
            [
                new("Director of Supply Chain Analytics", "April 2021 - Present (4 years 3 months)", "Leeds, England, United Kingdom",
                [
                    "Lead a team of eleven forecasters, data engineers and planners serving the chilled, ambient and frozen categories across the UK and Ireland.",
                    "Replaced a spreadsheet forecast with a probabilistic model for 2,400 short-life products, cutting waste by 18% and raising availability to 98.6% within a year.",
                    "Run the monthly S&OP cycle with the commercial, operations and finance directors, and report the plan to the executive board.",
                    "Set up the analytics platform the planning teams share: a tested data model, nightly forecast runs and a library of reviewed notebooks.",
                    "Agreed forecast accuracy targets with each category director and publish them every week next to the plan, so the debate is about the numbers rather than the method.",
                    "Worked with the two main retailers on shared forecasts for their promotions, which halved the safety stock held for promoted lines.",
                    "Brought weather, school holidays and sporting events into the short-term forecast of ice cream, barbecue and soft drink lines.",
                    "Hired and coached three team leads, two of whom came through the graduate scheme I started in 2022.",
                    "Chair the data quality group that owns product, customer and location master data across the business.",
                    "Presented the planning transformation at two industry conferences and host a quarterly meetup for planners in Yorkshire.",
                ]),
                new("Head of Demand Planning", "February 2019 - April 2021 (2 years 3 months)", "Leeds, England, United Kingdom",
                [
                    "Built the demand planning team from three planners to eight and moved it from volume targets to forecast value added.",
                    "Planned through the 2020 lockdowns, when demand for flour and tinned goods changed by the week, without a single stock-out on the top 100 lines.",
                    "Introduced promotion uplift modelling with the trade marketing team and a shared calendar of every promotion, listing and delisting.",
                    "Rebuilt the new product forecasting process around analogue products and early sales, with a review after four and twelve weeks.",
                    "Moved the weekly consensus meeting from a 60-slide deck to a single dashboard that every attendee reads beforehand.",
                    "Led the selection of a new planning system and the first two waves of its roll-out.",
                ]),
            ]),
            new("Calder & Wren Retail", null,
            [
                new("Senior Demand Planner", "July 2015 - January 2019 (3 years 7 months)", "Manchester, England, United Kingdom",
                [
                    "Forecast homeware and seasonal lines for 140 stores and the online shop, and owned the allocation of stock between them.",
                    "Built the first store clustering model, which shaped the range of every store from 2017 on and reduced markdowns by a fifth.",
                    "Trained the buying teams in reading forecast accuracy and bias, and wrote the guide to the replenishment system the stores still use.",
                    "Planned the Christmas and summer garden seasons, the two peaks that made half of the year's profit.",
                    "Worked with the store operations team on a weekly stock count of the hundred lines most often missing from the shelves.",
                    "Built the online shop's first forecast by postcode area to place stock in the two regional warehouses.",
                    "Ran the planning side of the closure of twelve stores and the transfer of their stock without write-offs.",
                ]),
            ]),
            new("Northmoor Logistics", "3 years",
            [
                new("Supply Chain Analyst", "2013 - 2015 (2 years)", null,
                [
                    "Modelled warehouse capacity for six customers and proposed the layout change that added 4,000 pallet spaces without a new building.",
                    "Automated the daily service level report for every customer, which had taken two people each morning.",
                    "Analysed transport costs by route and customer and helped win the retender of the largest contract.",
                ]),
                new("Graduate Analyst", "September 2012 - 2013 (1 year)", "Bradford, England, United Kingdom",
                [
                    "Rotated through transport planning, warehouse operations and customer service, building the reports each team used every morning.",
                ]),
            ]),
            new("Pennine Outdoor Co. · Part-time", null,
            [
                new("Inventory Assistant", "2011 - 2011 (less than a year)", "Hebden Bridge, England, United Kingdom"),
            ]),
        ],
        Education =
        [
            new("University of Leeds", "Master of Science - MSc, Operational Research · (2011 - 2012)"),
            new("University of York", "Bachelor of Science - BSc, Mathematics · (2008 - 2011)"),
            new("The Open University", "Certificate, Data Science"),
        ],
        CreationDate = "D:20250622231919Z",
    };

    /// <summary>One page without a Summary: a wrapped email, a degree whose dates wrap, a role without a location.</summary>
    public static ProfileSheet MarcusOyelaran => new()
    {
        FullName = "Marcus Oyelaran",
        Headline = "Research Engineer at Brightwater Medical Devices",
        Location = "Pittsburgh, Pennsylvania, United States",
        Contact =
        [
            new("4125550187", "Mobile"),
            new("marcus.oyelaran.research-lab@example.org"),
            new("www.linkedin.com/in/moyelaran", "LinkedIn"),
            new("marcusoyelaran.example.com/notes", "Blog"),
        ],
        Skills = ["Biomedical Signal Processing", "MATLAB", "Medical Devices"],
        Languages = ["English (Native or Bilingual)", "Yoruba (Limited Working)"],
        Experience =
        [
            new("Brightwater Medical Devices", null,
            [
                new("Research Engineer", "July 2023 - Present (2 years 1 month)", "Pittsburgh, Pennsylvania",
                [
                    "Designs the signal processing of wearable cardiac monitors, from the filters to the arrhythmia detector.",
                ]),
            ]),
            new("Three Rivers Health System", null,
            [
                new("Clinical Engineering Fellow", "2017 - 2020 (3 years)", null,
                [
                    "Maintained and validated infusion pumps and patient monitors across four hospitals.",
                ]),
            ]),
            new("Allegheny Robotics Lab · Part-time", null,
            [
                new("Research Assistant", "July 2008 - 2011 (3 years)", "Pittsburgh, Pennsylvania"),
            ]),
            new("Keystone Summer Science Camp", null,
            [
                new("Counselor", "2011 - 2011 (less than a year)"),
            ]),
        ],
        Education =
        [
            new("Carnegie Mellon University", "Doctor of Philosophy (Ph.D.), Biomedical Engineering · (September 2019 - December 2023)"),
            new("University of Pittsburgh", "Bachelor of Science - BS, Bioengineering · (2007 - 2011)"),
        ],
        CreationDate = "D:20240305101500Z",
    };

    /// <summary>
    /// Two pages, a role's dates at the top of the second; a wrapped title, a company URL, an Honors-Awards section,
    /// a self-employed role.
    /// </summary>
    public static ProfileSheet PriyaRaman => new()
    {
        FullName = "Priya Raman",
        Headline = "Fractional CFO for climate-tech startups",
        Location = "Greater Boston",
        Summary =
        [
            "I help climate-tech founders raise money, plan cash and report to their boards without hiring a full-time finance team before they need one.",
        ],
        Contact =
        [
            new("priya@raman-advisory.example.com"),
            new("www.linkedin.com/in/priya-raman-cfo", "LinkedIn"),
            new("raman-advisory.example.com", "Company"),
        ],
        Skills = ["Financial Modeling", "Fundraising", "Board Reporting"],
        Certifications = ["Certified Public Accountant (CPA)"],
        Honors = ["40 Under 40, Boston Climate Week 2023"],
        Experience =
        [
            new("Raman Advisory · Self-employed", null,
            [
                new("Founder and Fractional Chief Financial Officer for Seed to Series B Climate Companies", "March 2022 - Present (3 years 4 months)", "Greater Boston Area",
                [
                    "Part-time CFO for five companies in grid storage, heat pumps and carbon accounting: fundraising, cash planning, board packs and the first finance hires.",
                    "Led the finance side of three rounds worth $64 million in total, from the data room to the closing.",
                ]),
            ]),
            new("Voltaic Grid Storage", null,
            [
                new("VP Finance", "June 2018 - February 2022 (3 years 9 months)", "Cambridge, Massachusetts, United States",
                [
                    "Built the finance team from one accountant to nine people across accounting, FP&A and project finance.",
                    "Structured the tax equity and debt financing of the first four storage projects, 120 MWh in total.",
                    "Moved the company from spreadsheets to a planning system and a monthly close of six working days.",
                    "Prepared the Series C, the audit and the board reporting that came with a new lead investor.",
                    "Negotiated the supply agreements for battery cells with two manufacturers and hedged the currency exposure.",
                    "Set up the grant reporting for the Department of Energy award that funded the second factory line.",
                ]),
            ]),
            new("Harbor & Pine Capital", null,
            [
                new("Associate", "2014 - 2018 (4 years)", "Boston, Massachusetts, United States",
                [
                    "Analysed energy and industrial investments for a growth equity fund and sat as observer on two portfolio boards.",
                ], DatesOnNextPage: true),
            ]),
        ],
        Education =
        [
            new("Boston University Questrom School of Business", "Master of Business Administration - MBA, Finance · (2012 - 2014)"),
            new("University of Michigan", "Bachelor of Business Administration - BBA · (2008 - 2012)"),
        ],
        CreationDate = "D:20250117083005Z",
    };

    /// <summary>A profile's layout without the profile's URL in its contact section: not read as a LinkedIn profile.</summary>
    public static ProfileSheet WithoutUrl => new()
    {
        FullName = "Sam Okafor",
        Headline = "Operations Manager",
        Location = "Bristol, England, United Kingdom",
        Contact = [new("sam.okafor@example.net"), new("samokafor.example.net", "Personal")],
        Experience =
        [
            new("Severn Freight", null, [new("Operations Manager", "2019 - Present (6 years)", "Bristol, England, United Kingdom")]),
        ],
        Education = [new("University of the West of England", "BSc, Logistics · (2012 - 2015)")],
        CreationDate = "D:20250301120000Z",
    };
}
