using System.Management.Automation;
using Containers.Engine.Errors;
using Containers.Infrastructure;

namespace Containers;

/// <summary>
/// Base of the swarm cmdlets (services, tasks, nodes): every call they make needs a swarm manager. On an engine that is
/// none, nothing the cmdlet was asked can succeed, so that is ONE terminating SwarmNotManager error (category
/// InvalidOperation) naming the engine, not one error per item; in a fan-out (-Context a,b) it is that context's error
/// and the other contexts still answer.
/// </summary>
public abstract class SwarmCmdlet : ContainersCmdlet
{
    /// <summary>
    /// The services a cmdlet was given, as what to send the engine (the id of a piped object, else the name as typed)
    /// and what to call it in messages (always the name the user knows).
    /// </summary>
    protected static IEnumerable<(string Reference, string Display)> ServiceTargets(IEnumerable<string> names, IEnumerable<ContainerServiceInfo> services, bool byObject)
        => byObject ? services.Select(s => (s.Id, s.Name)) : names.Select(n => (n, n));

    /// <summary>
    /// Reports a failure on one service: an unknown service is a ServiceNotFound error and the pipeline goes on; an
    /// engine that is no swarm manager terminates (see <see cref="WriteSwarmError"/>).
    /// </summary>
    protected void WriteServiceError(Exception exception, string display)
    {
        if (exception is EngineNotFoundException notFound)
        {
            WriteError(EngineErrors.NotFound(ErrorIds.ServiceNotFound, $"No service '{display}' was found at {Endpoint.Url}. {notFound.Message}", display));
            return;
        }
        WriteSwarmError(exception, ErrorIds.ServiceNotFound, display);
    }

    /// <summary>Writes a per-item error; an engine that is no swarm manager (or unreachable) terminates the cmdlet.</summary>
    protected void WriteSwarmError(Exception exception, string notFoundId, object? target)
    {
        if (exception is EngineNotSwarmManagerException notManager)
        {
            ThrowNotManager(notManager);
        }
        WriteEngineError(exception, notFoundId, target);
    }

    /// <summary>Terminates with the SwarmNotManager error for this cmdlet's engine.</summary>
    protected void ThrowNotManager(EngineNotSwarmManagerException exception)
    {
        var error = new InvalidOperationException(
            $"The engine at {Endpoint.Url} (context '{ContextName}') is not a swarm manager, so it has no services, tasks or nodes to show or change. "
            + $"The engine said: {exception.Message}", exception);
        ThrowTerminatingError(new ErrorRecord(error, ErrorIds.SwarmNotManager, ErrorCategory.InvalidOperation, Endpoint.Url)
        {
            ErrorDetails = new ErrorDetails(error.Message)
            {
                RecommendedAction = "Point -Context or -DockerHost at a manager of the swarm (docker node ls on a manager lists them), or make this engine one with docker swarm init.",
            },
        });
    }
}
