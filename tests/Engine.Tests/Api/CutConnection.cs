using Containers.Engine.Errors;
using Containers.Tests;

namespace Containers.Engine.Tests.Api;

/// <summary>
/// What every stream must do when the loopback proxy cuts its connection: end (not hang) with a ConnectionLost error
/// that names the endpoint it was reading from.
/// </summary>
internal static class CutConnection
{
    /// <param name="within">A bound on the wait so that a hang fails the test instead of stalling it.</param>
    public static async Task AssertEndsWithConnectionLostAsync(Task reading, LoopbackProxy proxy, TimeSpan within)
    {
        Assert.Same(reading, await Task.WhenAny(reading, Task.Delay(within)));
        EngineUnreachableException e = await Assert.ThrowsAsync<EngineUnreachableException>(() => reading);
        Assert.Equal(UnreachableReason.ConnectionLost, e.Reason);
        Assert.Contains(proxy.Url, e.Message, StringComparison.Ordinal);
    }
}
