# The shape of the article graph: labels, relationship endpoints and closed vocabularies.
# The fixed part mirrors /work/shared/article-graph-schema.md; the additions are documented
# in docs/article-graph.md. build.py checks the data in data.py against these tables.

ARTICLE_IDS = ("a0", "a1", "a2", "a3", "a4")

# Labels fixed by the schema, then the ones this graph adds.
SCHEMA_LABELS = ("Company", "Person", "Chip", "Architecture", "Product", "Deal", "Article")
ADDED_LABELS = ("Event", "Metric")
LABELS = SCHEMA_LABELS + ADDED_LABELS

# Relationship type -> list of allowed (from labels, to labels).
SCHEMA_RELS = {
    "CEO_OF": [({"Person"}, {"Company"})],
    "FOUNDED": [({"Person"}, {"Company"})],
    "WORKS_AT": [({"Person"}, {"Company"})],
    "MAKES": [({"Company"}, {"Chip", "Architecture", "Product"})],
    "MANUFACTURES": [({"Company"}, {"Chip"})],
    "BASED_ON": [({"Chip"}, {"Architecture"})],
    "SUCCEEDS": [({"Chip"}, {"Chip"}), ({"Architecture"}, {"Architecture"})],
    "PARTY_TO": [({"Company", "Person"}, {"Deal"})],
    "TARGET": [({"Deal"}, {"Company", "Chip", "Product"})],
    "USES": [({"Company", "Product"}, {"Chip"})],
    "COMPETES_WITH": [({"Company"}, {"Company"}), ({"Chip"}, {"Chip"})],
    "PARTNERS_WITH": [({"Company"}, {"Company"})],
    "INVESTED_IN": [({"Company", "Person"}, {"Company"})],
    "MENTIONED_IN": [(set(LABELS) - {"Article"}, {"Article"})],
}

ADDED_RELS = {
    # A system holds chips (A3 holds 26,000 H100), `count` where stated.
    "CONTAINS": [({"Chip"}, {"Chip"})],
    # A market-specific or derived version (H800 of H100, MoE of Transformer).
    "VARIANT_OF": [({"Chip"}, {"Chip"}), ({"Architecture"}, {"Architecture"})],
    # A measured or claimed lead: `factor`, `benchmark`.
    "OUTPERFORMS": [({"Chip"}, {"Chip"}), ({"Product"}, {"Product"})],
    # A model measured against another (`finding`).
    "COMPARED_WITH": [({"Product"}, {"Product"})],
    # A part or version of a larger product (NIM of NVIDIA AI Enterprise, GPT-3 of GPT).
    "PART_OF": [({"Product"}, {"Product"})],
    # What a product is built on.
    "BUILT_ON": [({"Product"}, {"Product", "Architecture"})],
    # A benchmark suite includes a model as a task.
    "INCLUDES": [({"Product"}, {"Product"})],
    "OPTIMIZED_FOR": [({"Architecture"}, {"Architecture"})],
    "NAMED_AFTER": [({"Architecture"}, {"Person"})],
    # Export restrictions (`market`, `status`).
    "RESTRICTS": [({"Company"}, {"Chip"})],
    # Entries in a benchmark round (`chip`, `chip_count`, `task`, times).
    "COMPETED_IN": [({"Company"}, {"Product"})],
    # Analyst ratings (`rating`, `target_price_usd`).
    "RATES": [({"Company"}, {"Company"})],
    # One company ahead of another on a `metric`.
    "SURPASSES": [({"Company"}, {"Company"})],
    "HAS_METRIC": [({"Company", "Chip", "Product"}, {"Metric"})],
    # Who reported, estimated or stated a deal or a figure.
    "REPORTED": [({"Company", "Person"}, {"Deal", "Metric"})],
    "HOSTS": [({"Company"}, {"Event"})],
    "SPOKE_AT": [({"Person"}, {"Event"})],
    "LAUNCHED_AT": [({"Chip", "Product", "Architecture"}, {"Event"})],
    "HONORED": [({"Company"}, {"Person"})],
    "CONVERSED_WITH": [({"Person"}, {"Person"})],
    "RIVALS": [({"Person"}, {"Person"})],
    "WROTE": [({"Person"}, {"Article"})],
    "EDITED": [({"Person"}, {"Article"})],
}

RELS = {**SCHEMA_RELS, **ADDED_RELS}

# Types generated from Deal records (never written by hand in data.py).
DERIVED_RELS = {"PARTY_TO", "TARGET", "INVESTED_IN", "MENTIONED_IN"}

# Types where two edges may join the same pair (one per deal or per fact).
MULTI_EDGE_RELS = {"PARTNERS_WITH", "SURPASSES", "INVESTED_IN"}

COMPANY_KINDS = {"chip_designer", "foundry", "cloud", "ai_lab", "internet", "investor", "research",
                 "analyst", "other", "media", "government"}
CHIP_KINDS = {"gpu", "accelerator", "superchip", "system"}
ARCH_KINDS = {"gpu", "model"}
PRODUCT_KINDS = {"model", "chatbot", "software", "service", "benchmark", "hardware"}
DEAL_KINDS = {"investment", "acquisition", "purchase", "donation", "partnership", "fundraising"}
PARTY_ROLES = {"investor", "lead_investor", "acquirer", "buyer", "seller", "donor", "partner",
               "recipient", "fundraiser", "prospective_investor"}
INVESTOR_ROLES = {"investor", "lead_investor"}

# Properties that must hold integers, and the ones that must be numbers.
INT_PROPS = {"founded", "year", "transistors", "process_nm", "count"}
NUMBER_PROPS = {"amount_usd", "amount", "valuation_usd", "price_usd_low", "price_usd_high", "value"}
