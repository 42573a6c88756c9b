using Containers.Engine.Models;

namespace Containers;

/// <summary>One layer of an image's history, newest first, as <c>docker history</c> lists it.</summary>
public sealed class ContainerImageHistoryInfo
{
    internal ContainerImageHistoryInfo(string image, ImageHistoryItem item)
    {
        Image = image;
        Id = item.Id;
        Created = item.Created.LocalDateTime;
        CreatedBy = item.CreatedBy;
        Tags = item.Tags.ToArray();
        Size = item.Size;
        Comment = item.Comment;
    }

    /// <summary>The image whose history this is, as it was asked for.</summary>
    public string Image { get; }

    /// <summary>The id of the image this step made; "&lt;missing&gt;" for layers built elsewhere.</summary>
    public string Id { get; }

    /// <summary>The first 12 hex digits of the id, as <c>docker history</c> shows them.</summary>
    public string ShortId => Id.StartsWith("sha256:", StringComparison.Ordinal) ? DisplayFormat.ShortId(Id) : Id;

    /// <summary>When the step ran, in local time.</summary>
    public DateTime Created { get; }

    /// <summary>How long ago, as the docker CLI says it.</summary>
    public string CreatedSince => DisplayFormat.Since(Created);

    /// <summary>The instruction that made the layer.</summary>
    public string CreatedBy { get; }

    /// <summary>Tags pointing at this step.</summary>
    public string[] Tags { get; }

    /// <summary>Bytes the layer adds.</summary>
    public long Size { get; }

    /// <summary>The commit comment; empty when none.</summary>
    public string Comment { get; }
}
