// BenchQueries: the benchmark's query texts (verbatim from /work/shared/bench/peers.py, as
// Kuzu runs them) and the load statements.

enum BenchQueries {
    static let all: [(id: String, text: String)] = [
        ("Q1", "MATCH (p:Person) WHERE p.age >= 30 AND p.age < 40 RETURN count(*)"),
        ("Q2", "MATCH (p:Person) RETURN sum(p.age * 2 + p.id % 7)"),
        ("Q3", "MATCH (a:Person)-[:KNOWS]->(b:Person) RETURN a.id, count(*) AS c ORDER BY c DESC, a.id LIMIT 10"),
        ("Q4", "MATCH (a:Person {id: 7})-[:KNOWS]->(:Person)-[:KNOWS]->(c:Person) RETURN count(DISTINCT c)"),
        ("Q5", "MATCH (a:Person {id: 7})-[:KNOWS*1..3]->(c:Person) RETURN count(DISTINCT c)"),
        ("Q6", "MATCH (a:Person {id: 7})-[e:KNOWS* SHORTEST 1..30]->(b:Person {id: 4242}) RETURN length(e)"),
        ("Q7", "MATCH (a:Person)-[:KNOWS]->(b:Person)-[:KNOWS]->(c:Person) RETURN count(*)"),
        ("Q8", "UNWIND range(1, 10000000) AS i RETURN sum(i * i % 7)"),
    ]

    static func load(_ dir: String) -> [String] {
        let d = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
        return [
            "COPY Person FROM '\(d)/persons.csv'",
            "COPY KNOWS FROM '\(d)/knows.csv' (FROM Person, TO Person)",
        ]
    }
}
