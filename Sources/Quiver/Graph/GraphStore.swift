// Placeholder: replaced by the real store.
struct GraphStore {
    var nodeCount: Int { 0 }
    var relationshipCount: Int { 0 }
}
