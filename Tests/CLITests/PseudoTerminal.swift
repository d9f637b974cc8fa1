// PseudoTerminal: runs quiver on a pseudo-terminal (openpty, with `setsid -c` making it the
// controlling terminal so Ctrl-C becomes SIGINT) and lets a test type keys and read the screen.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    private var buffer = Data()
    /// Everything read so far, as the terminal got it.
    var raw: String { pump(); return String(decoding: buffer, as: UTF8.self) }
    /// Everything read so far, escape sequences removed.
    private(set) var transcript = ""

    enum Key: String {
        case enter = "\r", tab = "\t", up = "\u{1B}[A", down = "\u{1B}[B"
        case ctrlC = "\u{03}", ctrlD = "\u{04}", ctrlR = "\u{12}", ctrlA = "\u{01}", ctrlE = "\u{05}"
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    init(arguments: [String] = ["--graph", "empty"], environment: [String: String], columns: UInt16 = 100) throws {
        var m: Int32 = 0, s: Int32 = 0
        var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&m, &s, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed") }
        master = m
        let slave = FileHandle(fileDescriptor: s, closeOnDealloc: true)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["-c", QuiverProcess.binary.path] + arguments
        process.environment = environment
        process.standardInput = slave
        process.standardOutput = slave
        process.standardError = slave
        try process.run()
        try? slave.close()
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    func type(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if n <= 0 { if errno == EAGAIN || errno == EINTR { usleep(1000); continue }; return }
            offset += n
        }
        // Give the line editor time to see each key on its own.
        usleep(50_000)
    }

    func press(_ key: Key) { type(key.rawValue) }

    /// Types `line` and Enter.
    func line(_ text: String) { type(text); press(.enter) }

    /// Reads until the transcript after `mark` contains `text`; throws on timeout.
    @discardableResult
    func expect(_ text: String, after mark: Int = 0, timeout: Double = 30) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            pump()
            if let r = transcript.range(of: text, range: transcript.index(transcript.startIndex, offsetBy: min(mark, transcript.count))..<transcript.endIndex) {
                return transcript.distance(from: transcript.startIndex, to: r.upperBound)
            }
            if Date() > deadline {
                throw Failure(description: "timed out waiting for \(text.debugDescription); screen so far:\n\(transcript)")
            }
            if !process.isRunning { pump(); if !transcript.contains(text) { throw Failure(description: "quiver ended before \(text.debugDescription):\n\(transcript)") } }
            usleep(20_000)
        }
    }

    /// The length of the transcript now (a mark for `expect(after:)`).
    var mark: Int { pump(); return transcript.count }

    /// Waits for the process to end and returns its status.
    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { pump(); usleep(20_000) }
        if process.isRunning { throw Failure(description: "quiver did not exit:\n\(transcript)") }
        pump()
        return process.terminationStatus
    }

    private func pump() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &chunk, chunk.count)
            if n <= 0 { break }
            buffer.append(contentsOf: chunk.prefix(n))
        }
        transcript = PseudoTerminal.plain(String(decoding: buffer, as: UTF8.self))
    }

    /// Removes ANSI escape sequences and carriage returns.
    static func plain(_ s: String) -> String {
        var out = ""
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\u{1B}" {
                guard let n = it.next() else { break }
                if n == "[" { while let d = it.next(), !(d.value >= 0x40 && d.value <= 0x7E) {} }
                continue
            }
            if c == "\r" || c == "\u{07}" { continue }
            out.unicodeScalars.append(c)
        }
        return out
    }
}
