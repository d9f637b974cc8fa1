// ScriptFile: reading script files (`-f`, positional files, :load, the init file), with `~`
// expanded and `-` meaning standard input.
import Foundation

enum ScriptFile {
    struct ReadError: Error, CustomStringConvertible {
        let description: String
    }

    static func expand(_ path: String) -> String {
        (path as NSString).expandingTildeInPath
    }

    static func read(_ path: String) throws -> String {
        if path == "-" { return readStandardInput() }
        let full = expand(path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else {
            throw ReadError(description: "no such file")
        }
        if isDir.boolValue { throw ReadError(description: "is a directory") }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw ReadError(description: "permission denied")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReadError(description: "not UTF-8 text")
        }
        return text
    }

    static func readStandardInput() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
