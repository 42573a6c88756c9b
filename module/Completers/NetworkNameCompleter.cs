using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using Containers.Engine.Api;
using Containers.Engine.Connection;
using Containers.Infrastructure;

namespace Containers.Completers;

/// <summary>
/// Completes network names from the engine the command line points at (honours -Context and -DockerHost
/// already typed). Gives up after a short timeout and never throws: completion must not hang the prompt.
/// </summary>
public sealed class NetworkNameCompleter : IArgumentCompleter
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            DockerEndpoint endpoint = EndpointResolver.Resolve(
                fakeBoundParameters["Context"] as string, fakeBoundParameters["DockerHost"] as string).Endpoint;
            using var timeout = new CancellationTokenSource(s_timeout);
            // Completers run on the pipeline thread with no async context: a bounded wait on the thread pool is safe.
            string[] names = Task.Run(async () =>
            {
                EngineClient engine = await EngineConnections.GetAsync(endpoint, timeout.Token).ConfigureAwait(false);
                return (await engine.Networks.ListAsync(new ListNetworksOptions(), timeout.Token).ConfigureAwait(false)).Select(n => n.Name).ToArray();
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
