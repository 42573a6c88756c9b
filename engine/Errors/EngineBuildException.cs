namespace Containers.Engine.Errors;

/// <summary>
/// A build the daemon failed in-band (HTTP 200, then an error in the stream): names the step that failed, when it
/// had started one, and carries the daemon's message. The inner exception classifies the message (authentication,
/// not found, other) as for other streams.
/// </summary>
public sealed class EngineBuildException : EngineException
{
    /// <summary>Creates the exception; <paramref name="step"/> 0 means the build failed before its first step.</summary>
    public EngineBuildException(int step, int stepCount, string? instruction, string daemonMessage, Exception? innerException = null)
        : base(step > 0 ? $"Step {step}/{stepCount} : {instruction} failed: {daemonMessage}" : daemonMessage, innerException)
    {
        Step = step;
        StepCount = stepCount;
        Instruction = instruction;
        DaemonMessage = daemonMessage;
    }

    /// <summary>The failing step, 1-based; 0 when the build failed before its first step (Dockerfile errors).</summary>
    public int Step { get; }

    /// <summary>The number of steps; 0 when unknown.</summary>
    public int StepCount { get; }

    /// <summary>The failing step's instruction as the daemon printed it ("RUN false"); null before the first step.</summary>
    public string? Instruction { get; }

    /// <summary>The daemon's error message.</summary>
    public string DaemonMessage { get; }
}
