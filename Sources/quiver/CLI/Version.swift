// Version: the version string `quiver --version` and the banner show.

enum QuiverVersion {
    static let string = "0.1.0"
}
