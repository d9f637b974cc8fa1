// GraphLoader: opens the graph `--graph` names: the article graph (default), `empty`, or a
// Cypher script that builds one. A file that cannot be read is exit status 2.
import Foundation
import Quiver
import QuiverSyntax

enum GraphLoader {
    struct Failure: Error {
        let error: QuiverError
        let status: ExitStatus
    }

    /// Returns the graph and the name the banner shows.
    static func open(_ spec: String?) throws(Failure) -> (Graph, String) {
        switch spec {
        case nil, "articles":
            do { return (try Graph.articles(), "articles") } catch { throw wrap(error) }
        case "empty":
            return (Graph(), "empty")
        case let path?:
            let full = ScriptFile.expand(path)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue,
                  FileManager.default.isReadableFile(atPath: full) else {
                throw Failure(error: QuiverError(.ioError, "cannot read graph script \(path)"), status: .unreadableFile)
            }
            do { return (try Graph(script: URL(fileURLWithPath: full)), path) } catch { throw wrap(error) }
        }
    }

    private static func wrap(_ error: Error) -> Failure {
        guard let e = error as? QuiverError else {
            return Failure(error: QuiverError(.hostError, "\(error)"), status: .queryFailed)
        }
        return Failure(error: e, status: e.kind == .ioError ? .unreadableFile : .queryFailed)
    }
}
