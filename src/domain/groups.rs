//! The thematic groups of the programme, as they are seeded: (slug, name,
//! description) in English; `locales/*/pages.ftl` translates them.

/// The thematic groups of the Cluster-Cord programme, present after the first start.
pub const PROGRAMME_GROUPS: [(&str, &str, &str); 5] = [
    (
        "agrifood",
        "Agrifood",
        "Food production, processing and agricultural innovation across the partner regions.",
    ),
    (
        "energy-environment",
        "Energy & Environment",
        "Renewable energy, efficiency and environmental technologies.",
    ),
    (
        "tourism",
        "Tourism",
        "Sustainable and cultural tourism, and the businesses that serve it.",
    ),
    (
        "ict",
        "ICT",
        "Software, digital services and information and communication technologies.",
    ),
    (
        "natural-sciences",
        "Natural Sciences",
        "Life sciences, biotechnology and research-driven companies.",
    ),
];
