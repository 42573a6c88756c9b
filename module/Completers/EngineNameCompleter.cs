using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Infrastructure;

namespace Containers.Completers;

/// <summary>
/// Base of the completers that ask the engine for names: uses the engine the command line points at (honours
/// -Context and -DockerHost already typed), gives up after a short timeout and never throws, because
/// completion must not hang or break the prompt.
/// </summary>
public abstract class EngineNameCompleter : IArgumentCompleter
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    /// <summary>The names to offer, from the engine.</summary>
    protected abstract Task<IEnumerable<string>> ListNamesAsync(EngineClient engine, CancellationToken cancellationToken);

    // -Context takes several names (fan-out); names are completed from the first engine.
    private static string? FirstContext(object? value) => value switch
    {
        string name => name,
        IEnumerable<object> names => names.FirstOrDefault()?.ToString(),
        System.Collections.IEnumerable names => names.Cast<object>().FirstOrDefault()?.ToString(),
        _ => value?.ToString(),
    };

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            DockerEndpoint endpoint = EndpointResolver.Resolve(
                FirstContext(fakeBoundParameters["Context"]), fakeBoundParameters["DockerHost"] as string).Endpoint;
            using var timeout = new CancellationTokenSource(s_timeout);
            // Completers run on the pipeline thread with no async context: a bounded wait on the thread pool is safe.
            IEnumerable<string> names = Task.Run(async () =>
            {
                EngineClient engine = await EngineConnections.GetAsync(endpoint, timeout.Token).ConfigureAwait(false);
                return await ListNamesAsync(engine, timeout.Token).ConfigureAwait(false);
            }, timeout.Token)
#pragma warning disable VSTHRD002
                .GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
            return Completion.Filter(names, wordToComplete);
        }
        catch (Exception)
        {
            return [];
        }
    }
}
