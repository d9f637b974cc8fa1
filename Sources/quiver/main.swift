// Entry point of the `quiver` executable: parse the flags, then run scripts, queries,
// transcripts or the interactive shell (see QuiverCommand).
QuiverCommand.main()
