namespace Containers.Engine.Dockerfile.Semantics;

/// <summary>Where a build stage is named.</summary>
public enum StageReferenceKind
{
    /// <summary>The image of <c>FROM &lt;stage&gt;</c>.</summary>
    FromImage,

    /// <summary><c>COPY --from=&lt;stage|index&gt;</c>.</summary>
    CopyFrom,

    /// <summary>The <c>from=</c> key of <c>RUN --mount=…</c>.</summary>
    MountFrom,
}
