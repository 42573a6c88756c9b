using Containers.Engine.Api;
using Containers.Engine.Models;
using Containers.LanguageServer.Protocol;

namespace Containers.LanguageServer.Explorer;

/// <summary>
/// Runs <c>containers/buildImage</c>: the engine's build, its events forwarded as <c>containers/buildProgress</c>.
/// Cancelling the request ($/cancelRequest) aborts the upload, which makes the daemon cancel the build.
/// </summary>
internal static class ImageBuilds
{
    public static async Task<BuildImageResult> BuildAsync(EngineClient engine, BuildImageParams parameters, Func<BuildProgressParams, Task> report, CancellationToken cancellationToken)
    {
        var options = new BuildImageOptions
        {
            ContextDirectory = parameters.Context,
            Dockerfile = parameters.Dockerfile,
            Tags = string.IsNullOrWhiteSpace(parameters.Tag) ? null : [parameters.Tag],
            Target = string.IsNullOrWhiteSpace(parameters.Target) ? null : parameters.Target,
        };
        string? imageId = null;
        int steps = 0;
        await foreach (BuildEvent e in engine.Images.BuildAsync(options, cancellationToken).ConfigureAwait(false))
        {
            steps = Math.Max(steps, e.StepCount);
            string? kind = e.Kind switch
            {
                BuildEventKind.ContextSending or BuildEventKind.ContextSent => "context",
                BuildEventKind.Step => "step",
                BuildEventKind.Output => "output",
                _ => null,
            };
            if (e.Kind == BuildEventKind.Built)
            {
                imageId = e.ImageId;
            }
            else if (kind is not null)
            {
                await report(new BuildProgressParams(parameters.BuildId, kind, e.Step, e.StepCount, e.Text, e.ContextBytes)).ConfigureAwait(false);
            }
        }
        return new BuildImageResult(imageId ?? "", steps);
    }
}
