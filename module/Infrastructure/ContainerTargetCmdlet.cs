using System.Management.Automation;
using Containers.Engine.Api;
using Containers.Engine.Models;

namespace Containers.Infrastructure;

/// <summary>
/// Base of cmdlets that act on containers: takes them by -Name (position 0, strings from the pipeline),
/// -Id, or as objects (-InputObject from the pipeline; Name and Id also bind by property name), asks
/// ShouldProcess per item on the pipeline thread, runs the engine calls concurrently up to -ThrottleLimit,
/// and writes results and per-item errors in input order. A missing container is a non-terminating
/// ObjectNotFound error (<c>ContainerNotFound,Containers.&lt;Verb&gt;ContainerCommand</c>); the others go on.
/// </summary>
public abstract class ContainerTargetCmdlet : ContainersCmdlet
{
    /// <summary>Parameter set of -Name.</summary>
    protected const string ByName = nameof(ByName);

    /// <summary>Parameter set of -Id.</summary>
    protected const string ById = nameof(ById);

    /// <summary>Parameter set of -InputObject.</summary>
    protected const string ByObject = nameof(ByObject);

    private OrderedWork<ContainerTarget>? _work;

    /// <summary>
    /// <para type="description">Names of the containers.</para>
    /// </summary>
    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(Completers.ContainerNameCompleter))]
    public string[] Name { get; set; } = [];

    /// <summary>
    /// <para type="description">Ids of the containers (full ids or unique prefixes).</para>
    /// </summary>
    [Parameter(ParameterSetName = ById, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = [];

    /// <summary>
    /// <para type="description">Containers from Get-Container (or any cmdlet that outputs them).</para>
    /// </summary>
    [Parameter(ParameterSetName = ByObject, Mandatory = true, ValueFromPipeline = true)]
    [ValidateNotNull]
    public ContainerInfo[] InputObject { get; set; } = [];

    /// <summary>
    /// <para type="description">How many engine calls run at once when many containers come down the pipeline (default 8).
    /// Output keeps the input order.</para>
    /// </summary>
    [Parameter]
    [ValidateRange(1, 64)]
    public int ThrottleLimit { get; set; } = 8;

    /// <summary>What ShouldProcess calls the action ("Stop", "Remove"); null for cmdlets that change nothing.</summary>
    protected abstract string? Action { get; }

    /// <summary>True lets -Name take wildcards (non-destructive verbs only), expanded against all containers.</summary>
    protected virtual bool SupportsWildcards => false;

    /// <summary>
    /// The engine work for one container. Runs off the pipeline thread (concurrently with other items):
    /// never call Write* here; return what to write (an object, an array of objects, or null).
    /// </summary>
    protected abstract Task<object?> ProcessTargetAsync(EngineClient engine, ContainerTarget target, CancellationToken cancellationToken);

    /// <summary>Called on the pipeline thread for each result, in input order; writes it by default.</summary>
    protected virtual void WriteResult(ContainerTarget target, object? result)
    {
        if (result is not null)
        {
            WriteObject(result, enumerateCollection: true);
        }
    }

    /// <summary>The fresh list entry of a container, for -PassThru and for cmdlets that output the container.</summary>
    protected async Task<ContainerInfo?> ListOneAsync(EngineClient engine, string idOrName, CancellationToken cancellationToken)
    {
        ContainerDetails details = await engine.Containers.InspectAsync(idOrName, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ContainerSummary> found = await engine.Containers.ListAsync(new ListContainersOptions { All = true, Ids = [details.Id] }, cancellationToken).ConfigureAwait(false);
        ContainerSummary? summary = found.FirstOrDefault(c => c.Id == details.Id);
        return summary is null ? null : new ContainerInfo(summary, ContextName, Endpoint.Url);
    }

    /// <inheritdoc />
    protected sealed override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        EngineClient engine = await GetEngineAsync(cancellationToken);
        _work ??= new OrderedWork<ContainerTarget>(ThrottleLimit);
        foreach (ContainerTarget target in await ResolveTargetsAsync(engine, cancellationToken))
        {
            if (Action is not null && !ShouldProcess(target.Describe(), Action))
            {
                continue;
            }
            _work.Start(target, () => ProcessTargetAsync(engine, target, cancellationToken), cancellationToken);
        }
        await _work.DrainAsync(all: false, Write);
    }

    /// <inheritdoc />
    protected sealed override async Task EndProcessingAsync(CancellationToken cancellationToken)
    {
        if (_work is null)
        {
            return;
        }
        try
        {
            await _work.DrainAsync(all: true, Write);
        }
        finally
        {
            _work.Dispose();
            _work = null;
        }
    }

    private void Write(ContainerTarget target, object? result, Exception? failure)
    {
        if (failure is OperationCanceledException && CancellationToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
        if (failure is not null)
        {
            WriteEngineError(failure, ErrorIds.ContainerNotFound, target.ToString());
            return;
        }
        WriteResult(target, result);
    }

    private async Task<IReadOnlyList<ContainerTarget>> ResolveTargetsAsync(EngineClient engine, CancellationToken cancellationToken)
    {
        switch (ParameterSetName)
        {
            case ByObject:
                return InputObject.Select(ContainerTarget.FromObject).ToArray();
            case ById:
                return Id.Select(ContainerTarget.FromId).ToArray();
        }
        if (!SupportsWildcards || !Name.Any(WildcardPattern.ContainsWildcardCharacters))
        {
            return Name.Select(ContainerTarget.FromName).ToArray();
        }
        IReadOnlyList<ContainerSummary> all = await engine.Containers.ListAsync(new ListContainersOptions { All = true }, cancellationToken);
        var targets = new List<ContainerTarget>();
        foreach (string name in Name)
        {
            if (!WildcardPattern.ContainsWildcardCharacters(name))
            {
                targets.Add(ContainerTarget.FromName(name));
                continue;
            }
            var pattern = WildcardPattern.Get(name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            // A pattern that matches nothing is not an error, as with Get-Process.
            targets.AddRange(all.Where(c => c.Names.Count > 0 && pattern.IsMatch(c.Names[0]))
                .Select(c => new ContainerTarget(c.Id, c.Names[0], c.Id)));
        }
        return targets;
    }
}
