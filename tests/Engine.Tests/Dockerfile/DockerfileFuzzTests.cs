using System.Diagnostics;
using System.Text;
using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Formatting;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;
using Xunit.Abstractions;

namespace Containers.Engine.Tests.Dockerfile;

/// <summary>
/// Bounded fuzzing (issue #9): seeded random mutations of the corpus files. For every mutant the parser, semantic
/// model, analyzer and formatter never throw; the tree covers the text exactly (printing its nodes and the blank gaps
/// between them gives the text back, and no gap holds anything but blanks and line breaks); formatting is idempotent and
/// keeps every instruction's words. The issue's bound of 1 s per mutant is a hang detector, ~100 times what a mutant takes.
/// </summary>
public sealed class DockerfileFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261128;
    private const int MutantsPerFile = 150;

    private static readonly string[] s_fragments =
    [
        "\\", "\\\n", "`", "\n", "\r\n", "\r", " ", "\t", "$", "${", "}", "${A:-", "${A#", "\"", "'", "<<", "<<-", "<<EOF\n", "\nEOF\n", "EOF",
        "--", "--from=", "--mount=type=cache,from=", "=", "#", "# escape=`\n", "# check=skip=all;error=true\n", "[", "]", "\",\"", ",",
        "FROM ", "FROM scratch AS a\n", "RUN ", "ARG ", "ARG A=1\n", "ENV ", "COPY --from=0 ", "ONBUILD ", "HEALTHCHECK ", "CMD ", "AS ",
        "😀", "\uFEFF", "é", "\0", "0", "65536", "/tcp", "# hadolint ignore=DL3000\n", "# dockerfile-utils: ignore\n",
    ];

    public static TheoryData<string> CorpusFiles =>
        [.. Directory.GetFiles(DockerfileAssert.CorpusDirectory, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(DockerfileAssert.CorpusDirectory, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void MutantsNeverBreakTheInvariants(string file)
    {
        var original = File.ReadAllText(Path.Combine(DockerfileAssert.CorpusDirectory, file));
        var random = new Random(Seed ^ file.Sum(c => (int)c));
        Check(original); // warm-up: JIT and static initialisation are not the mutants' time
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < MutantsPerFile; i++)
        {
            var mutant = Mutate(original, random);
            var watch = Stopwatch.StartNew();
            try
            {
                Check(mutant);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"Mutant {i} of {file} (seed {Seed}) fails: {Escape(mutant)}", e);
            }

            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Mutant {i} of {file} (seed {Seed}) took {watch.Elapsed}: {Escape(mutant)}");
        }

        output.WriteLine($"{file}: {MutantsPerFile} mutants, seed {Seed}, slowest {slowest.TotalMilliseconds:F1} ms");
    }

    [Fact]
    public void PathologicalInputsStayBounded()
    {
        Check("FROM a\nRUN ${A:-${B}}\n"); // warm-up: JIT and static initialisation are not the inputs' time
        foreach (var text in new[]
        {
            "FROM a\nRUN " + string.Concat(Enumerable.Repeat("${A:-", 2000)) + "\n",
            "FROM a\nENV " + string.Concat(Enumerable.Repeat("A=$A ", 3000)) + "\n",
            "FROM a\n" + string.Concat(Enumerable.Repeat("RUN x \\\n", 3000)),
            "FROM a\nRUN " + string.Concat(Enumerable.Repeat("<<E ", 500)) + "\n" + string.Concat(Enumerable.Repeat("E\n", 500)),
            "ARG P=" + new string('a', 3000) + "\nFROM scratch\nARG P\nENV Q=${P//*a/b} R=${P%%a*a}\n",
            string.Concat(Enumerable.Repeat("ONBUILD ", 5000)),
        })
        {
            var watch = Stopwatch.StartNew();
            Check(text);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}: {Escape(text[..Math.Min(80, text.Length)])}");
        }
    }

    private static void Check(string text)
    {
        var snapshot = DockerfileSnapshot.Create(text, 1);
        AssertCoversText(snapshot.Syntax);
        var model = snapshot.Semantics;
        _ = snapshot.Diagnostics;
        _ = model.FindSymbol(new TextPosition(1, 5));
        _ = model.GetVariablesInScope(new TextPosition(2, 0));

        var once = DockerfileFormatter.Format(text, DockerfileFormattingOptions.Default);
        var twice = DockerfileFormatter.Format(once, DockerfileFormattingOptions.Default);
        Assert.Equal(once, twice);
        Assert.Equal(Words(snapshot.Syntax), Words(DockerfileParser.Parse(once)));
        var spaces = new DockerfileFormattingOptions { InsertSpaces = true, TabSize = 2 };
        var spaced = DockerfileFormatter.Format(text, spaces);
        Assert.Equal(spaced, DockerfileFormatter.Format(spaced, spaces));
    }

    /// <summary>Prints the tree: top-level nodes in order with the gaps between them, which may hold only blanks and line breaks.</summary>
    private static void AssertCoversText(DockerfileSyntax syntax)
    {
        var text = syntax.Text;
        // Comment lines after a continuation that ends the file belong to the instruction but lie past its span.
        var trailing = syntax.Instructions.SelectMany(i => i.Comments.Where(c => c.Span.Start >= i.Span.End));
        var nodes = syntax.Directives.Cast<SyntaxNode>().Concat(syntax.Comments).Concat(syntax.Instructions).Concat(trailing).OrderBy(n => n.Span.Start).ToList();
        var printed = new StringBuilder(text.Length);
        var at = 0;
        foreach (var node in nodes)
        {
            Assert.True(node.Span.Start >= at, $"node at {node.Span.Start} overlaps the previous one ending at {at}");
            var gap = text[at..node.Span.Start];
            Assert.True(gap.All(c => c is ' ' or '\t' or '\r' or '\n' or '\uFEFF'), $"text outside the tree: {Escape(gap)}");
            printed.Append(gap).Append(text, node.Span.Start, node.Span.Length);
            at = node.Span.End;
            if (node is Instruction instruction)
            {
                foreach (var token in instruction.Flags.Select(f => (SyntaxNode)f).Concat(instruction.Arguments))
                {
                    Assert.True(token.Span.Start >= instruction.Span.Start && token.Span.End <= instruction.Span.End, "token outside its instruction");
                }
            }
        }

        var tail = text[at..];
        Assert.True(tail.All(c => c is ' ' or '\t' or '\r' or '\n' or '\uFEFF'), $"text outside the tree: {Escape(tail)}");
        printed.Append(tail);
        Assert.Equal(text, printed.ToString());
    }

    private static List<string> Words(DockerfileSyntax syntax) =>
        [.. syntax.Instructions.Select(i => i.Keyword.Text + " " + string.Join(" ", i.Flags.Select(f => f.Name.Text + "=" + f.Value?.Text)) + " | " + string.Join(" ", i.Arguments.Select(a => a.Text)) + " | " + string.Join(",", i.Heredocs.Select(h => h.Name)))];

    private static string Mutate(string text, Random random)
    {
        var result = text;
        var count = random.Next(1, 4);
        for (var k = 0; k < count; k++)
        {
            var at = random.Next(result.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    result = result.Insert(at, s_fragments[random.Next(s_fragments.Length)]);
                    break;
                case 1 when result.Length > 0:
                    var length = Math.Min(random.Next(1, 12), result.Length - Math.Min(at, result.Length - 1));
                    result = result.Remove(Math.Min(at, result.Length - 1), Math.Max(0, length));
                    break;
                case 2:
                    var lines = result.Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    lines.Insert(random.Next(lines.Count + 1), lines[line]);
                    result = string.Join('\n', lines);
                    break;
                case 3:
                    result = result.Insert(at, ((char)random.Next(0x20, 0x7F)).ToString());
                    break;
                default:
                    var all = result.Split('\n');
                    var a = random.Next(all.Length);
                    var b = random.Next(all.Length);
                    (all[a], all[b]) = (all[b], all[a]);
                    result = string.Join('\n', all);
                    break;
            }
        }

        return result;
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
