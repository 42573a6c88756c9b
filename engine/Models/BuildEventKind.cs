namespace Containers.Engine.Models;

/// <summary>What a <see cref="BuildEvent"/> reports.</summary>
public enum BuildEventKind
{
    /// <summary>Part of the context is sent: <see cref="BuildEvent.ContextBytes"/> so far.</summary>
    ContextSending,

    /// <summary>The whole context is sent and the daemon has started: <see cref="BuildEvent.ContextBytes"/> in all.</summary>
    ContextSent,

    /// <summary>A step starts: <see cref="BuildEvent.Step"/> of <see cref="BuildEvent.StepCount"/>, its instruction in <see cref="BuildEvent.Text"/>.</summary>
    Step,

    /// <summary>One line of build output in <see cref="BuildEvent.Text"/> (step headers included).</summary>
    Output,

    /// <summary>The build succeeded: the image in <see cref="BuildEvent.ImageId"/>. Always the last event.</summary>
    Built,
}
