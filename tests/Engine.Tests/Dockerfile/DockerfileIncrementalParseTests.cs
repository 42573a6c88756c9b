using System.Collections;
using System.Reflection;
using System.Text;
using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Syntax;
using Xunit.Abstractions;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// The incremental re-parse (<see cref="DockerfileSnapshot.Update"/>, issue #10) gives exactly the tree a full parse
/// gives: after each of 10,000 seeded random edits, every node's type, every public property, span, range and word is
/// compared (read by reflection, so a property added later is compared too), and the diagnostics now and then.
/// </summary>
public sealed class DockerfileIncrementalParseTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;

    private static readonly string[] s_fragments =
    [
        "\\", "\\\n", "`", "\n", "\r\n", "\r", " ", "\t", "$", "${V}", "\"", "'", "<<EOF\n", "\nEOF\n", "EOF\n", "<<-EOT\n", "--from=",
        "--mount=type=cache,target=/c ", "=", "#", "# comment\n", "# escape=`\n", "# syntax=docker/dockerfile:1\n", "[\"a\", \"b\"]",
        "FROM ", "FROM scratch AS a\n", "RUN ", "RUN a \\\n", "ARG ", "ARG A=1\n", "ENV ", "COPY --from=0 ", "ONBUILD ", "HEALTHCHECK ",
        "CMD ", "AS ", "x", "y", "😀", "é", "\uFEFF",
    ];

    [Fact]
    public void TenThousandRandomEditsReparseExactlyLikeAFullParse()
    {
        var files = Directory.GetFiles(DockerfileAssert.CorpusDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(Seed);
        var edits = 0;
        var reused = 0;
        for (var file = 0; edits < 10_000; file = (file + 1) % files.Length)
        {
            var text = File.ReadAllText(files[file]);
            var snapshot = DockerfileSnapshot.Create(text, 0);
            for (var i = 0; i < 200; i++, edits++)
            {
                var edited = Edit(random, text);
                var updated = snapshot.Update(edited, i + 1);
                var full = DockerfileParser.Parse(edited);
                var expected = Dump(full);
                var actual = Dump(updated.Syntax);
                if (expected != actual)
                {
                    Assert.Fail($"edit {i} of {Path.GetFileName(files[file])} (seed {Seed}):\nbefore: {Escape(text)}\nafter:  {Escape(edited)}\n{FirstDifference(expected, actual)}");
                }

                if (i % 20 == 0)
                {
                    Assert.Equal(
                        DockerfileSnapshot.Create(edited, 0).Diagnostics.Select(d => $"{d.Range} {d.RuleId} {d.Message}"),
                        updated.Diagnostics.Select(d => $"{d.Range} {d.RuleId} {d.Message}"));
                }

                reused += updated.Syntax.Instructions.Count(n => snapshot.Syntax.Instructions.Contains(n));
                (text, snapshot) = (edited, updated);
            }
        }

        output.WriteLine($"{edits} edits, seed {Seed}; {reused} instructions kept as they were");
        Assert.True(reused > 0, "the incremental path never kept an instruction: it is not being exercised");
    }

    [Fact]
    public void KeepsTheInstructionsBeforeAndAfterAnEditOfOneLine()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => $"RUN echo {i} \\\n    && true\n"));
        var before = DockerfileSnapshot.Create("FROM alpine\n" + text, 1);
        var middle = before.Syntax.Instructions[50];

        // Same length: the old nodes are kept as they are.
        var replaced = before.Update(before.Text.Replace("echo 49 ", "echo 4x ", StringComparison.Ordinal), 2);
        Assert.Same(before.Syntax.Instructions[10], replaced.Syntax.Instructions[10]);
        Assert.NotSame(before.Syntax.Instructions[50], replaced.Syntax.Instructions[50]);
        Assert.Same(before.Syntax.Instructions[90], replaced.Syntax.Instructions[90]);

        // A line more: the instructions after it move down a line and keep their words.
        var inserted = before.Update(before.Text.Insert(middle.Span.Start, "# new\n"), 3);
        Assert.Same(before.Syntax.Instructions[10], inserted.Syntax.Instructions[10]);
        var moved = inserted.Syntax.Instructions[90];
        Assert.Equal(before.Syntax.Instructions[90].Range.Start.Line + 1, moved.Range.Start.Line);
        Assert.Equal(before.Syntax.Instructions[90].Span.Start + 6, moved.Span.Start);
        Assert.Same(before.Syntax.Instructions[90].Arguments[1].Text, moved.Arguments[1].Text);
        Assert.Equal(Dump(DockerfileParser.Parse(inserted.Text)), Dump(inserted.Syntax));
    }

    [Theory]
    [InlineData("FROM a\nRUN x \\\n# c\n", "FROM a\nRUN x \\\n# c\nFROM b\n")] // a continuation at the end takes a line typed after it
    [InlineData("FROM a\nRUN <<EOF\necho\n", "FROM a\nRUN <<EOF\necho\nEOF\nFROM b\n")] // an unterminated here-document, then terminated
    [InlineData("FROM a\nRUN <<EOF\necho\nEOF\nFROM b\n", "FROM a\nRUN <<EOF\necho\nEOX\nFROM b\n")] // its terminator broken: the body runs on
    [InlineData("FROM a\rRUN x\rRUN y\r", "FROM a\r\nRUN x\rRUN y\r")] // a lone \r becomes \r\n
    [InlineData("# escape=\\\nFROM a\nRUN x `\n  y\n", "# escape=`\nFROM a\nRUN x `\n  y\n")] // the escape directive changes every continuation
    [InlineData("FROM a\nRUN x\n", "\uFEFFFROM a\nRUN x\n")] // a byte-order mark
    [InlineData("FROM a\nRUN x \\\n\nRUN y\nRUN z\n", "FROM a\nRUN x \\\n\nRUN y\\\nRUN z\n")] // a continuation added in the middle
    [InlineData("FROM a\nRUN x\nRUN y\n", "")] // everything deleted
    public void ReparsesEditsThatChangeWhereInstructionsEnd(string before, string after)
    {
        var snapshot = DockerfileSnapshot.Create(before, 1).Update(after, 2);
        Assert.Equal(Dump(DockerfileParser.Parse(after)), Dump(snapshot.Syntax));
    }

    private static string Edit(Random random, string text)
    {
        var from = random.Next(text.Length + 1);
        var to = random.Next(4) == 0 ? Math.Min(text.Length, from + random.Next(40)) : from;
        var insert = new StringBuilder();
        var pieces = text.Length > 4000 ? 0 : random.Next(3);
        for (var i = 0; i < pieces; i++)
        {
            insert.Append(s_fragments[random.Next(s_fragments.Length)]);
        }

        if (pieces == 0 && from == to)
        {
            to = Math.Min(text.Length, from + 1);
        }

        return string.Concat(text.AsSpan(0, from), insert.ToString(), text.AsSpan(to));
    }

    /// <summary>Every node of the tree with every public property, recursively, one per line.</summary>
    private static string Dump(DockerfileSyntax syntax)
    {
        var builder = new StringBuilder();
        builder.Append("escape ").Append(syntax.EscapeCharacter).Append(" lines ").Append(syntax.LineCount).Append(" bom ").Append(syntax.HasByteOrderMark).Append('\n');
        Dump(builder, "directives", syntax.Directives, 0);
        Dump(builder, "comments", syntax.Comments, 0);
        Dump(builder, "instructions", syntax.Instructions, 0);
        return builder.ToString();
    }

    private static void Dump(StringBuilder builder, string name, object? value, int depth)
    {
        builder.Append(' ', depth * 2).Append(name).Append(": ");
        switch (value)
        {
            case null:
                builder.Append("null\n");
                break;
            case string text:
                builder.Append(Escape(text)).Append('\n');
                break;
            case SyntaxNode node:
                builder.Append(node.GetType().Name).Append('\n');
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    Dump(builder, property.Name, property.GetValue(node), depth + 1);
                }

                break;
            case IEnumerable items:
                builder.Append('\n');
                var index = 0;
                foreach (var item in items)
                {
                    Dump(builder, $"[{index++}]", item, depth + 1);
                }

                break;
            default:
                builder.Append(value).Append('\n');
                break;
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i} of the dump: full parse '{a[i]}', re-parse '{b[i]}'\n{string.Join('\n', a.Skip(Math.Max(0, i - 8)).Take(10))}";
            }
        }

        return $"the dumps differ in length: {a.Length} and {b.Length} lines";
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
