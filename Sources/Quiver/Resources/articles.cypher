// The article graph: generated, see docs/article-graph.md
