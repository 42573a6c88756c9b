using Containers.Engine.Streams;

namespace Containers.Engine.Models;

/// <summary>
/// One line an exec wrote (<see cref="Api.BlockingExec.Read"/>, <see cref="ExecLineSplitter"/>): the text without its line break (CRLF, LF or CR),
/// decoded as UTF-8; <see cref="Stream"/> is <see cref="StreamKind.Stdout"/> or <see cref="StreamKind.Stderr"/> (with a
/// TTY everything is stdout).
/// </summary>
public readonly record struct ExecOutputLine(StreamKind Stream, string Text);
