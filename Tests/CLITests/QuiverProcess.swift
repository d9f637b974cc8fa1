// QuiverProcess: finds the built `quiver` binary (beside the test bundle in the build
// products folder) and runs it as a subprocess with given arguments, stdin and environment.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum QuiverProcess {
    /// The `quiver` executable: $QUIVER_BIN, else next to this test bundle, else
    /// `.build/debug/quiver` under the package root.
    static let binary: URL = {
        let env = ProcessInfo.processInfo.environment
        if let p = env["QUIVER_BIN"], !p.isEmpty { return URL(fileURLWithPath: p) }
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("quiver"))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("quiver"))
        if let arg0 = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: arg0).deletingLastPathComponent().appendingPathComponent("quiver"))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/quiver"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? root.appendingPathComponent(".build/debug/quiver")
    }()

    /// A scratch folder per test run: home, history and init files live here, never in the
    /// real home.
    static func scratch() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A quiet environment: no colour, a scratch home, no init file.
    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = home.path
        env["NO_COLOR"] = "1"
        env["QUIVER_HISTORY"] = home.appendingPathComponent("history").path
        env["QUIVER_INIT"] = home.appendingPathComponent("no-init.cypher").path
        env["XDG_STATE_HOME"] = nil
        env["XDG_CONFIG_HOME"] = nil
        env["TERM"] = "xterm"
        for (k, v) in extra { env[k] = v }
        return env
    }

    /// Runs quiver to completion (killed after `timeout` seconds).
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil,
                    directory: URL? = nil, timeout: Double = 60) throws -> RunResult {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        let home = scratch()
        p.environment = environment ?? QuiverProcess.environment(home: home)
        if let directory { p.currentDirectoryURL = directory }
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = inPipe
        try p.run()
        // Read both pipes while the process runs so a full pipe cannot block it.
        let out = DataCollector(outPipe.fileHandleForReading)
        let err = DataCollector(errPipe.fileHandleForReading)
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning { p.terminate(); p.waitUntilExit() }
        p.waitUntilExit()
        return RunResult(status: p.terminationStatus, stdout: out.text(), stderr: err.text())
    }

    /// Runs quiver on a script given as stdin.
    static func script(_ text: String, _ arguments: [String] = []) throws -> RunResult {
        try run(arguments, stdin: text)
    }
}

/// Drains a pipe on a background thread.
final class DataCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let all = handle.readDataToEndOfFile()
            lock.withLock { data = all }
            done.signal()
        }
    }

    func text() -> String {
        _ = done.wait(timeout: .now() + 10)
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
