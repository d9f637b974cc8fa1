// The block state of GherkinParser: which Feature/Rule/Background/Scenario/Examples is open,
// pending tags, and where steps, doc strings and table rows attach.

extension GherkinParser {
    struct State {
        var pendingTags: [String] = []
        var featureName: String?
        var featureLine = 0
        var featureTags: [String] = []
        var featureBackground: [Step] = []
        var ruleTags: [String] = []
        var ruleBackground: [Step] = []
        var scenarios: [RawScenario] = []
        var target: Target = .none

        mutating func open(_ header: GherkinLine.Header, name: String, line: Int) throws {
            let tags = pendingTags
            pendingTags = []
            switch header {
            case .feature:
                guard featureName == nil else { throw GherkinError(line: line, message: "a second Feature") }
                featureName = name; featureLine = line; featureTags = tags
                target = .none
            case .rule:
                try requireFeature(line)
                ruleTags = tags; ruleBackground = []; inRule = true
                target = .none
            case .background:
                try requireFeature(line)
                // A Background inside a Rule belongs to that rule only.
                target = inRule ? .ruleBackground : .featureBackground
            case .scenario, .example, .scenarioOutline, .scenarioTemplate:
                try requireFeature(line)
                let outline = header == .scenarioOutline || header == .scenarioTemplate
                scenarios.append(RawScenario(name: name, line: line, tags: featureTags + ruleTags + tags,
                                             background: featureBackground + ruleBackground, isOutline: outline))
                target = .scenario
            case .examples, .scenarios:
                guard target == .scenario || target == .examples, let last = scenarios.indices.last,
                      scenarios[last].isOutline else {
                    throw GherkinError(line: line, message: "Examples outside a Scenario Outline")
                }
                scenarios[last].examples.append(RawExamples(line: line, tags: tags, table: nil))
                target = .examples
            }
        }

        /// Set once a Rule opens: later Backgrounds are rule-level.
        var inRule = false

        func requireFeature(_ line: Int) throws {
            if featureName == nil { throw GherkinError(line: line, message: "missing Feature: header") }
        }

        mutating func addStep(_ step: Step) throws {
            switch target {
            case .featureBackground: featureBackground.append(step)
            case .ruleBackground: ruleBackground.append(step)
            case .scenario:
                if let last = scenarios.indices.last { scenarios[last].steps.append(step) }
            case .none, .examples:
                throw GherkinError(line: step.line, message: "step outside a Scenario or Background")
            }
        }

        /// Attaches a doc string or table to the last step of the open block.
        mutating func attach(_ argument: StepArgument, line: Int) throws {
            switch target {
            case .featureBackground: try State.put(argument, line: line, on: &featureBackground)
            case .ruleBackground: try State.put(argument, line: line, on: &ruleBackground)
            case .scenario:
                if let last = scenarios.indices.last { try State.put(argument, line: line, on: &scenarios[last].steps) }
            case .none, .examples:
                throw GherkinError(line: line, message: "doc string or table without a step")
            }
        }

        /// A step has at most one argument; a table grows row by row.
        private static func put(_ argument: StepArgument, line: Int, on steps: inout [Step]) throws {
            guard let last = steps.indices.last else {
                throw GherkinError(line: line, message: "doc string or table without a step")
            }
            var growsTable = false
            if case .table = steps[last].argument, case .table = argument { growsTable = true }
            guard steps[last].argument == nil || growsTable else {
                throw GherkinError(line: line, message: "a step takes only one doc string or table")
            }
            steps[last].argument = argument
        }

        mutating func addTableRow(_ cells: [String], line: Int) throws {
            if target == .examples, let s = scenarios.indices.last, let e = scenarios[s].examples.indices.last {
                var table = scenarios[s].examples[e].table ?? DataTable(rows: [], lines: [])
                try append(cells, line: line, to: &table)
                scenarios[s].examples[e].table = table
                return
            }
            var table = DataTable(rows: [], lines: [])
            if let existing = currentStepTable() { table = existing }
            try append(cells, line: line, to: &table)
            try attach(.table(table), line: line)
        }

        private func currentStepTable() -> DataTable? {
            let steps: [Step]
            switch target {
            case .featureBackground: steps = featureBackground
            case .ruleBackground: steps = ruleBackground
            case .scenario: steps = scenarios.last?.steps ?? []
            case .none, .examples: return nil
            }
            return steps.last?.table
        }

        private func append(_ cells: [String], line: Int, to table: inout DataTable) throws {
            if let width = table.rows.first?.count, width != cells.count {
                throw GherkinError(line: line, message: "table row has \(cells.count) cells, expected \(width)")
            }
            table.rows.append(cells)
            table.lines.append(line)
        }

        /// Free text is allowed as a description right after a header, never between steps.
        mutating func addDescription(line: Int) throws {
            switch target {
            case .none: return
            case .featureBackground: if featureBackground.isEmpty { return }
            case .ruleBackground: if ruleBackground.isEmpty { return }
            case .scenario: if scenarios.last?.steps.isEmpty ?? true { return }
            case .examples: if scenarios.last?.examples.last?.table == nil { return }
            }
            throw GherkinError(line: line, message: "unexpected text (not a step, table or keyword)")
        }

        func finish() throws -> Feature {
            guard let name = featureName else { throw GherkinError(line: 1, message: "missing Feature: header") }
            var out: [Scenario] = []
            for raw in scenarios {
                out += try OutlineExpander.expand(raw)
            }
            return Feature(name: name, line: featureLine, tags: featureTags, scenarios: out)
        }
    }
}
