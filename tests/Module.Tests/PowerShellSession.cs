using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Containers.Tests;

namespace Containers.Module.Tests;

/// <summary>
/// One real PowerShell runspace with the built module imported by path, shared by a test class
/// (a runspace per test costs ~0.5 s). Scripts run as users write them.
/// </summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace _runspace;

    public PowerShellSession()
    {
        InitialSessionState state = InitialSessionState.CreateDefault2();
        state.ImportPSModule([RepoPaths.ModuleManifest]);
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
    }

    private const string TerminatingMarker = "__ContainersTestTerminatingError";

    /// <summary>
    /// Runs <paramref name="script"/> with <paramref name="arguments"/> bound to $args; returns output and errors.
    /// The script runs inside try/catch, so a terminating error (ThrowTerminatingError, parameter binding)
    /// is told apart from non-terminating ones, exactly as a user's own try/catch would see it.
    /// </summary>
    public Result Run(string script, params object[] arguments)
    {
        using PowerShell ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript($"try {{ & {{\n{script}\n}} @args }} catch {{ [pscustomobject]@{{ {TerminatingMarker} = $_ }} }}");
        foreach (object argument in arguments)
        {
            ps.AddArgument(argument);
        }
        try
        {
            Collection<PSObject> output = ps.Invoke();
            PSObject? marker = output.LastOrDefault(o => o?.Properties[TerminatingMarker] is not null);
            ErrorRecord? terminating = marker?.Properties[TerminatingMarker].Value is PSObject { BaseObject: ErrorRecord record } ? record : marker?.Properties[TerminatingMarker].Value as ErrorRecord;
            return new Result([.. output.Where(o => o is not null && !ReferenceEquals(o, marker))], [.. ps.Streams.Error], terminating);
        }
        catch (RuntimeException e)
        {
            return new Result([], [.. ps.Streams.Error], e.ErrorRecord);
        }
    }

    public void Dispose() => _runspace.Dispose();

    /// <summary>What a script produced: its output, its non-terminating errors, and the terminating one if any.</summary>
    public sealed record Result(IReadOnlyList<PSObject> Output, IReadOnlyList<ErrorRecord> Errors, ErrorRecord? Terminating)
    {
        public T[] Objects<T>() => Output.Select(o => Assert.IsType<T>(o.BaseObject)).ToArray();

        public Result AssertNoErrors()
        {
            Assert.Null(Terminating);
            Assert.True(Errors.Count == 0, "errors: " + string.Join("; ", Errors.Select(e => e.ToString())));
            return this;
        }
    }
}
