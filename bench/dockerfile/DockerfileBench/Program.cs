using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Containers.Bench.Dockerfile;
using Containers.Engine.Dockerfile;
using Containers.Engine.Dockerfile.Analysis;
using Containers.Engine.Dockerfile.Formatting;
using Containers.Engine.Dockerfile.Semantics;
using Containers.Engine.Dockerfile.Syntax;

// bench/dockerfile (README.md): `generate <path> <lines>` writes the seeded file; `measure <path> <iterations>`
// times parse, parse + analyze and format of it, warm, and prints one JSON object (milliseconds, bytes).
if (args is ["generate", var target, var count])
{
    File.WriteAllText(target, BenchDockerfile.Generate(int.Parse(count, CultureInfo.InvariantCulture)));
    return 0;
}

if (args is ["rules", var rulesPath])
{
    // Profiling aid: each rule alone (every other one turned off through the per-rule severities), median of 15.
    var ruleModel = DockerfileSemanticModel.Create(DockerfileParser.Parse(File.ReadAllText(rulesPath)));
    for (var i = 0; i < 60; i++)
    {
        DockerfileAnalyzer.Analyze(ruleModel, CancellationToken.None);
    }

    Thread.Sleep(500);
    foreach (var rule in DockerfileAnalyzer.Rules)
    {
        var only = new DockerfileAnalyzerOptions
        {
            RuleSeverities = DockerfileAnalyzer.Rules.ToDictionary(r => r.Id, r => r.Id == rule.Id ? (DiagnosticSeverity?)r.DefaultSeverity : null),
        };
        var times = new double[15];
        for (var i = 0; i < times.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            DockerfileAnalyzer.Analyze(ruleModel, only, CancellationToken.None);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        DockerfileAnalyzer.Analyze(ruleModel, only, CancellationToken.None);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{times[times.Length / 2],8:F3} ms {allocated,10} B  {rule.Id}"));
    }

    return 0;
}

if (args is not ["measure", var path, var iterationText])
{
    Console.Error.WriteLine("usage: DockerfileBench generate <path> <lines> | measure <path> <iterations>");
    return 2;
}

var text = File.ReadAllText(path);
var iterations = int.Parse(iterationText, CultureInfo.InvariantCulture);
var formatting = new DockerfileFormattingOptions();

IReadOnlyList<DockerfileDiagnostic> ParseAndAnalyze() =>
    DockerfileAnalyzer.Analyze(DockerfileSemanticModel.Create(DockerfileParser.Parse(text)), CancellationToken.None);

// One keystroke in the middle of the file, as an editor sends it: the incremental re-parse (DockerfileSnapshot.Update)
// against a full parse of the same edited text, each followed by the semantic model and the rules. As in an editor,
// the version edited has been analysed: the edit's analysis takes the untouched stages' diagnostics from it.
var snapshot = DockerfileSnapshot.Create(text, 0);
_ = snapshot.Diagnostics;
var middle = text.IndexOf('\n', text.Length / 2) + 1;
var typed = text.Insert(middle, "#");

// Warm up: let tiered compilation reach its optimised code before anything is timed.
// At least 60 rounds and 3 s, then a pause for the background JIT (slow on a loaded machine) to install tier-1 code.
var diagnostics = ParseAndAnalyze();
var warming = Stopwatch.StartNew();
for (var i = 0; i < 60 || warming.Elapsed < TimeSpan.FromSeconds(3); i++)
{
    ParseAndAnalyze();
    DockerfileFormatter.FormatDocument(DockerfileParser.Parse(text), formatting);
    _ = snapshot.Update(typed, 1).Diagnostics;
}

Thread.Sleep(1000);

var figures = new Dictionary<string, object>();

// Median wall-clock time and median thread CPU time of `iterations` runs, under `name`Ms and `name`CpuMs.
void Measure(string name, Func<object> work)
{
    var times = new double[iterations];
    var cpu = new double[iterations];
    for (var i = 0; i < iterations; i++)
    {
        var cpuStarted = ThreadClock.NowMs();
        var started = Stopwatch.GetTimestamp();
        GC.KeepAlive(work());
        times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        cpu[i] = ThreadClock.NowMs() - cpuStarted;
    }

    Array.Sort(times);
    Array.Sort(cpu);
    figures[name + "Ms"] = Math.Round(times[iterations / 2], 3);
    figures[name + "CpuMs"] = Math.Round(cpu[iterations / 2], 3);
}

long AllocatedBy(Func<object> work)
{
    var before = GC.GetAllocatedBytesForCurrentThread();
    GC.KeepAlive(work());
    return GC.GetAllocatedBytesForCurrentThread() - before;
}

var syntax = DockerfileParser.Parse(text);
var model = DockerfileSemanticModel.Create(syntax);
figures["lines"] = syntax.LineCount;
figures["diagnostics"] = diagnostics.Count;
figures["iterations"] = iterations;
var gen0 = GC.CollectionCount(0);
var gen2 = GC.CollectionCount(2);
Measure("parseAnalyze", ParseAndAnalyze);
figures["parseAnalyzeGen0PerRun"] = Math.Round((GC.CollectionCount(0) - gen0) / (double)iterations, 2);
figures["parseAnalyzeGen2PerRun"] = Math.Round((GC.CollectionCount(2) - gen2) / (double)iterations, 2);
Measure("parse", () => DockerfileParser.Parse(text));
Measure("semanticModel", () => DockerfileSemanticModel.Create(syntax));
Measure("rules", () => DockerfileAnalyzer.Analyze(model, CancellationToken.None));
Measure("format", () => DockerfileFormatter.FormatDocument(syntax, formatting));

Measure("reparse", () => snapshot.Update(typed, 1).Syntax);
Measure("reparseSemanticModel", () => snapshot.Update(typed, 1).Semantics);
Measure("reparseAnalyze", () => snapshot.Update(typed, 1).Diagnostics);
Measure("editFullParseAnalyze", () => DockerfileSnapshot.Create(typed, 1).Diagnostics);
figures["reparseAllocatedBytes"] = AllocatedBy(() => snapshot.Update(typed, 1).Syntax);
figures["reparseAnalyzeAllocatedBytes"] = AllocatedBy(() => snapshot.Update(typed, 1).Diagnostics);
gen0 = GC.CollectionCount(0);
Measure("reparseAnalyzeAgain", () => snapshot.Update(typed, 1).Diagnostics);
figures["reparseAnalyzeGen0PerRun"] = Math.Round((GC.CollectionCount(0) - gen0) / (double)iterations, 2);

// What an editor keeps per open document: the heap a snapshot holds with its semantic model and diagnostics (text included).
long RetainedBy(Func<object> make)
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var kept = make();
    var after = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(kept);
    return after - before;
}

figures["snapshotRetainedBytes"] = RetainedBy(() =>
{
    var held = DockerfileSnapshot.Create(new string(text.AsSpan()), 0);
    _ = held.Diagnostics;
    return held;
});
Measure("parseFormat", () => DockerfileFormatter.FormatDocument(DockerfileParser.Parse(text), formatting));
figures["parseAnalyzeAllocatedBytes"] = AllocatedBy(ParseAndAnalyze);
figures["parseAllocatedBytes"] = AllocatedBy(() => DockerfileParser.Parse(text));
figures["semanticModelAllocatedBytes"] = AllocatedBy(() => DockerfileSemanticModel.Create(syntax));
figures["rulesAllocatedBytes"] = AllocatedBy(() => DockerfileAnalyzer.Analyze(model, CancellationToken.None));

if (Environment.GetEnvironmentVariable("BENCH_DIAGNOSTICS") is "1")
{
    foreach (var diagnostic in diagnostics.Take(20))
    {
        Console.Error.WriteLine($"{diagnostic.Range.Start} {diagnostic.RuleId}: {diagnostic.Message}");
    }
}

Console.WriteLine(JsonSerializer.Serialize(figures));
return 0;
