using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace OptimGen.Ide.Tests;

/// <summary>
/// An editor's conversation with the server about one file: initialize with pull diagnostics and
/// configuration support, answer the server's requests (analyzers on), open the file, and ask for its
/// diagnostics every two seconds until one with the wanted code arrives.
/// </summary>
internal sealed class DiagnosticsSession
{
    private static readonly TimeSpan PullInterval = TimeSpan.FromSeconds(2);

    private readonly LanguageServerConnection connection;
    private readonly string file;
    private readonly string uri;

    public DiagnosticsSession(LanguageServerConnection connection, string file)
    {
        this.connection = connection;
        this.file = file;
        uri = new Uri(file).AbsoluteUri;
    }

    private static JsonObject Settings => new() { ["analyzersEnabled"] = true };

    /// <returns>The first diagnostic of the file with <paramref name="code"/>, or null when the time runs out.</returns>
    public async Task<JsonObject?> WaitForAsync(string code, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        string root = Path.GetDirectoryName(file)!;
        int initialize = connection.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = new Uri(root).AbsoluteUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = new Uri(root).AbsoluteUri, ["name"] = "workspace" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["synchronization"] = new JsonObject { ["didSave"] = true },
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                },
            },
        });

        bool opened = false;
        int? pendingPull = null;
        TimeSpan lastPull = TimeSpan.Zero;
        while (clock.Elapsed < limit && !connection.HasExited)
        {
            if (opened && pendingPull is null && clock.Elapsed - lastPull > PullInterval)
            {
                pendingPull = connection.Request("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
                lastPull = clock.Elapsed;
            }

            if (connection.Next(TimeSpan.FromMilliseconds(500)) is not { } message)
                continue;

            if (message["method"] is JsonNode method && message["id"] is JsonNode requestId)
            {
                connection.Respond(requestId, (string?)method == "workspace/configuration" ? Configuration(message) : null);
            }
            else if (message["id"] is JsonNode id && (int)id == initialize)
            {
                connection.Notify("initialized", new JsonObject());
                connection.Notify("workspace/didChangeConfiguration", new JsonObject { ["settings"] = new JsonObject { ["csharp"] = Settings } });
                connection.Notify("textDocument/didOpen", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = await File.ReadAllTextAsync(file) },
                });
                opened = true;
            }
            else if (message["id"] is JsonNode responseId && (int)responseId == pendingPull)
            {
                pendingPull = null;
                if (message["result"]?["items"] is JsonArray items
                    && items.OfType<JsonObject>().FirstOrDefault(item => Code(item) == code) is { } found)
                    return found;
            }
        }

        return null;
    }

    /// <summary>One settings object per requested item: the csharp section turns the analyzers on.</summary>
    private static JsonArray Configuration(JsonObject request)
    {
        var result = new JsonArray();
        foreach (JsonNode? item in request["params"]?["items"] as JsonArray ?? new JsonArray())
            result.Add((string?)item?["section"] is null or "csharp" ? Settings : null);
        return result;
    }

    private static string? Code(JsonObject diagnostic) => diagnostic["code"] switch
    {
        JsonValue value => value.ToString(),
        JsonObject code => code["value"]?.ToString(),
        _ => null,
    };
}
