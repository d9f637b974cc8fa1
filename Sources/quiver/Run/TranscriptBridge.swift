// TranscriptBridge: `--check` and `--record`, handed to the library's Transcript type:
// a diff on stdout for each mismatch, a summary on stderr, exit status 1 on any mismatch.
import Foundation
import Quiver
import QuiverSyntax

enum TranscriptBridge {
    static func run(check: [String], record: [String], console: Console) -> ExitStatus {
        for path in check + record where !isReadable(path) {
            console.err("quiver: cannot read transcript \(path)")
            return .unreadableFile
        }
        var status = ExitStatus.success
        for path in check {
            do {
                let mismatches = try Transcript.check(URL(fileURLWithPath: ScriptFile.expand(path)))
                for m in mismatches {
                    console.out("--- \(path):\(m.line): \(firstLine(m.statement))\n")
                    console.out(Transcript.diff(expected: m.expected, actual: m.actual))
                    if !Transcript.diff(expected: m.expected, actual: m.actual).hasSuffix("\n") { console.out("\n") }
                }
                console.err(mismatches.isEmpty ? "\(path): ok" : "\(path): \(mismatches.count) mismatch\(mismatches.count == 1 ? "" : "es")")
                if !mismatches.isEmpty { status = .queryFailed }
            } catch {
                status = report(error, path: path, console: console, status: status)
            }
        }
        for path in record {
            do {
                try Transcript.record(URL(fileURLWithPath: ScriptFile.expand(path)))
                console.err("\(path): recorded")
            } catch {
                status = report(error, path: path, console: console, status: status)
            }
        }
        return status
    }

    private static func isReadable(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        let full = ScriptFile.expand(path)
        return FileManager.default.fileExists(atPath: full, isDirectory: &isDir) && !isDir.boolValue
            && FileManager.default.isReadableFile(atPath: full)
    }

    private static func firstLine(_ s: String) -> String {
        String(s.split(separator: "\n", omittingEmptySubsequences: true).first ?? "")
    }

    private static func report(_ error: Error, path: String, console: Console, status: ExitStatus) -> ExitStatus {
        let e = (error as? QuiverError) ?? QuiverError(.hostError, "\(error)")
        console.err("\(path): " + e.rendered())
        if e.kind == .ioError { return .unreadableFile }
        return status == .unreadableFile ? status : .queryFailed
    }
}
