using System.Management.Automation;
using System.Management.Automation.Host;

namespace Containers.Infrastructure;

/// <summary>
/// Stands in for the cmdlet's command runtime while one cmdlet runs against several contexts at once (-Context a,b,c,
/// issue #8): what a context's branch writes is kept per context and handed on in the order the contexts were given,
/// each object tagged so the "#Contexts" views show its CONTEXT column, and a terminating error inside a branch ends
/// only that branch. Everything else goes straight to PowerShell's own runtime. Runs on the pipeline thread only.
/// </summary>
internal sealed class FanOutRuntime : ICommandRuntime2
{
    /// <summary>The type name suffix whose format views add the CONTEXT column.</summary>
    public const string TypeNameSuffix = "#Contexts";

    private static readonly AsyncLocal<Branch?> s_branch = new();
    private readonly List<object>?[] _buffers;

    public FanOutRuntime(ICommandRuntime inner, int branches)
    {
        Inner = inner;
        _buffers = new List<object>?[branches];
    }

    public ICommandRuntime Inner { get; }

    /// <summary>The branch the current async flow belongs to, when it is one of this runtime's.</summary>
    public static Branch? Current(FanOutRuntime? owner) => s_branch.Value is { } b && ReferenceEquals(b.Owner, owner) ? b : null;

    /// <summary>Marks the rest of the calling async method (and what it awaits) as branch <paramref name="index"/>.</summary>
    public void Enter(int index, object state) => s_branch.Value = new Branch(this, index, state);

    /// <summary>Hands branch <paramref name="index"/>'s output to PowerShell, in the order it was written.</summary>
    public void Flush(int index)
    {
        List<object>? buffer = _buffers[index];
        _buffers[index] = null;
        foreach (object item in buffer ?? [])
        {
            if (item is ErrorRecord error)
            {
                Inner.WriteError(error);
            }
            else
            {
                Inner.WriteObject(item);
            }
        }
    }

    /// <summary>Keeps <paramref name="error"/> as branch <paramref name="index"/>'s output.</summary>
    public void AddError(int index, ErrorRecord error) => (_buffers[index] ??= []).Add(error);

    public void WriteObject(object sendToPipeline)
    {
        if (Current(this) is { } branch)
        {
            (_buffers[branch.Index] ??= []).Add(Tag(sendToPipeline));
        }
        else
        {
            Inner.WriteObject(sendToPipeline);
        }
    }

    public void WriteObject(object sendToPipeline, bool enumerateCollection)
    {
        if (enumerateCollection && Current(this) is not null && LanguagePrimitives.GetEnumerable(sendToPipeline) is { } items)
        {
            foreach (object item in items)
            {
                WriteObject(item);
            }
        }
        else
        {
            WriteObject(sendToPipeline);
        }
    }

    /// <summary>Says which context an error came from, since several engines answer in one output.</summary>
    public static ErrorRecord NameContext(ErrorRecord record, string context, string? endpoint)
    {
        string message = record.ErrorDetails?.Message ?? record.Exception?.Message ?? "";
        string where = endpoint is null || message.Contains(endpoint, StringComparison.Ordinal) ? $"Context '{context}'" : $"Context '{context}' ({endpoint})";
        record.ErrorDetails = new ErrorDetails($"{where}: {message}");
        return record;
    }

    public void WriteError(ErrorRecord errorRecord)
    {
        if (Current(this) is { } branch)
        {
            AddError(branch.Index, branch.State is Containers.Engine.Connection.ResolvedEndpoint resolved
                ? NameContext(errorRecord, resolved.ContextName, resolved.Endpoint.Url)
                : errorRecord);
        }
        else
        {
            Inner.WriteError(errorRecord);
        }
    }

    public void ThrowTerminatingError(ErrorRecord errorRecord)
    {
        if (Current(this) is not null)
        {
            throw new BranchFailedException(errorRecord);
        }
        Inner.ThrowTerminatingError(errorRecord);
    }

    public PSHost Host => Inner.Host;

    public PSTransactionContext CurrentPSTransaction => Inner.CurrentPSTransaction;

    public bool ShouldContinue(string query, string caption) => Inner.ShouldContinue(query, caption);

    public bool ShouldContinue(string query, string caption, ref bool yesToAll, ref bool noToAll) => Inner.ShouldContinue(query, caption, ref yesToAll, ref noToAll);

    public bool ShouldContinue(string query, string caption, bool hasSecurityImpact, ref bool yesToAll, ref bool noToAll) =>
        ((ICommandRuntime2)Inner).ShouldContinue(query, caption, hasSecurityImpact, ref yesToAll, ref noToAll);

    public bool ShouldProcess(string target) => Inner.ShouldProcess(target);

    public bool ShouldProcess(string target, string action) => Inner.ShouldProcess(target, action);

    public bool ShouldProcess(string verboseDescription, string verboseWarning, string caption) => Inner.ShouldProcess(verboseDescription, verboseWarning, caption);

    public bool ShouldProcess(string verboseDescription, string verboseWarning, string caption, out ShouldProcessReason shouldProcessReason) =>
        Inner.ShouldProcess(verboseDescription, verboseWarning, caption, out shouldProcessReason);

    public bool TransactionAvailable() => Inner.TransactionAvailable();

    public void WriteCommandDetail(string text) => Inner.WriteCommandDetail(text);

    public void WriteDebug(string text) => Inner.WriteDebug(text);

    public void WriteInformation(InformationRecord informationRecord) => ((ICommandRuntime2)Inner).WriteInformation(informationRecord);

    public void WriteProgress(ProgressRecord progressRecord) => Inner.WriteProgress(progressRecord);

    public void WriteProgress(long sourceId, ProgressRecord progressRecord) => Inner.WriteProgress(sourceId, progressRecord);

    public void WriteVerbose(string text) => Inner.WriteVerbose(text);

    public void WriteWarning(string text) => Inner.WriteWarning(text);

    private static PSObject Tag(object value)
    {
        PSObject wrapped = PSObject.AsPSObject(value);
        string first = wrapped.TypeNames.Count > 0 ? wrapped.TypeNames[0] : value.GetType().FullName!;
        if (!first.EndsWith(TypeNameSuffix, StringComparison.Ordinal))
        {
            wrapped.TypeNames.Insert(0, first + TypeNameSuffix);
        }
        return wrapped;
    }

    /// <summary>One context's share of the work.</summary>
    internal sealed record Branch(FanOutRuntime Owner, int Index, object State);

    /// <summary>A branch's terminating error: ends that context's work only.</summary>
    internal sealed class BranchFailedException(ErrorRecord record) : Exception(record.Exception?.Message, record.Exception)
    {
        public ErrorRecord Record { get; } = record;
    }
}
