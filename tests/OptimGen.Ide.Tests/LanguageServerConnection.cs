using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace OptimGen.Ide.Tests;

/// <summary>
/// JSON-RPC over a language server's standard streams, as an editor speaks it: <c>Content-Length</c> framed
/// messages, requests with ids, notifications, and the server's own requests to the client. Messages from the
/// server queue up in arrival order; <see cref="Dispose"/> kills the server and every process it started.
/// </summary>
internal sealed class LanguageServerConnection : IDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly BlockingCollection<JsonObject> inbox = new();
    private readonly object writeLock = new();
    private readonly StringBuilder serverLog = new();
    private int nextId;

    private LanguageServerConnection(Process process)
    {
        this.process = process;
        input = process.StandardInput.BaseStream;
        _ = Task.Run(ReadMessages);
        process.ErrorDataReceived += (_, line) =>
        {
            lock (serverLog)
                serverLog.AppendLine(line.Data);
        };
        process.BeginErrorReadLine();
    }

    public string ServerLog
    {
        get
        {
            lock (serverLog)
                return serverLog.ToString();
        }
    }

    public static LanguageServerConnection Start(string executable, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return new LanguageServerConnection(Process.Start(start) ?? throw new InvalidOperationException("could not start " + executable));
    }

    public int Request(string method, JsonNode? parameters)
    {
        int id = Interlocked.Increment(ref nextId);
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return id;
    }

    public void Notify(string method, JsonNode? parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Respond(JsonNode id, JsonNode? result) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });

    /// <summary>The next message from the server, or null when none arrives in time or the server has exited.</summary>
    public JsonObject? Next(TimeSpan wait) =>
        inbox.TryTake(out JsonObject? message, wait) ? message : null;

    public bool HasExited => process.HasExited;

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private void Write(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (writeLock)
        {
            input.Write(header);
            input.Write(body);
            input.Flush();
        }
    }

    private void ReadMessages()
    {
        Stream output = process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = ReadContentLength(output);
                if (length < 0)
                    break;
                byte[] body = new byte[length];
                output.ReadExactly(body);
                if (JsonNode.Parse(body) is JsonObject message)
                    inbox.Add(message);
            }
        }
        catch (Exception exception) when (exception is IOException or EndOfStreamException or ObjectDisposedException)
        {
            // The server closed its output; HasExited tells the waiting side.
        }
    }

    /// <returns>The body length of the next message; -1 at the end of the stream.</returns>
    private static int ReadContentLength(Stream output)
    {
        int length = 0;
        var line = new StringBuilder();
        while (true)
        {
            int b = output.ReadByte();
            if (b < 0)
                return -1;
            if (b != '\n')
            {
                if (b != '\r')
                    line.Append((char)b);
                continue;
            }

            if (line.Length == 0)
                return length;
            string header = line.ToString();
            if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(header.AsSpan("Content-Length:".Length).Trim());
            line.Clear();
        }
    }
}
