using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CmkSim.Tests.Reports;

/// <summary>
/// Loads a local page in a real headless Chromium (the Debian <c>chromium</c> package) and drives it over the
/// DevTools protocol: every request the page made, every failed request, console message, exception and browser log
/// entry, the boxes of its inline SVG plots, and a full-page PNG screenshot. Each browser lives at most 60 seconds.
/// </summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public sealed record Box(double X, double Y, double Width, double Height);

    public sealed record PageLoad(
        IReadOnlyList<string> Requests,
        IReadOnlyList<string> Problems,
        IReadOnlyList<Box> SvgBoxes,
        byte[] Png,
        string BrowserLog);

    public static async Task<PageLoad> LoadAsync(string file)
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"{Executable} is missing: the HTML report tests need headless Chromium. Run: bash .ci/bootstrap");
        }

        var profile = Directory.CreateTempSubdirectory("cmksim-chromium-").FullName;
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
            $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--window-size=1280,3000",
            "--remote-debugging-port=0", "--remote-allow-origins=*", "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        using var timeout = new CancellationTokenSource(Timeout);
        using var process = Process.Start(start)!;
        var log = new StringBuilder();
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                endpoint.TrySetException(new InvalidOperationException("Chromium exited before it opened DevTools"));
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            const string marker = "DevTools listening on ";
            var at = e.Data.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                endpoint.TrySetResult(e.Data[(at + marker.Length)..].Trim());
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var url = await endpoint.Task.WaitAsync(timeout.Token);
            var load = await DriveAsync(new Uri(url), new Uri(Path.GetFullPath(file)).AbsoluteUri, timeout.Token);
            string text;
            lock (log)
            {
                text = log.ToString();
            }

            return load with { BrowserLog = text };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail($"Chromium did not finish loading {file} within {Timeout.TotalSeconds} s; it was killed. Its log:\n{log}");
            throw;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A child process may still hold a file for a moment; the temp folder is left behind.
            }
        }
    }

    private static async Task<PageLoad> DriveAsync(Uri browser, string url, CancellationToken cancel)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(browser, cancel);
        var cdp = new Cdp(socket, cancel);
        var reading = cdp.ReadLoopAsync();

        var target = await cdp.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var attached = await cdp.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true });
        var session = attached.GetProperty("sessionId").GetString()!;
        foreach (var domain in new[] { "Page", "Network", "Runtime", "Log" })
        {
            await cdp.SendAsync($"{domain}.enable", new JsonObject(), session);
        }

        var navigated = await cdp.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session);
        if (navigated.TryGetProperty("errorText", out var navigationError))
        {
            Assert.Fail($"Chromium could not open {url}: {navigationError.GetString()}");
        }

        await cdp.LoadEventFired.Task.WaitAsync(cancel);
        await Task.Delay(500, cancel); // late log entries and requests after load

        var boxesJson = await cdp.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = "JSON.stringify(Array.from(document.querySelectorAll('svg')).filter(s => !s.parentElement.closest('svg')).map(s => { const r = s.getBoundingClientRect(); return { X: r.left + window.scrollX, Y: r.top + window.scrollY, Width: r.width, Height: r.height }; }))",
            ["returnByValue"] = true,
        }, session);
        var boxes = JsonSerializer.Deserialize<List<Box>>(boxesJson.GetProperty("result").GetProperty("value").GetString()!)!;

        var metrics = await cdp.SendAsync("Page.getLayoutMetrics", new JsonObject(), session);
        var size = metrics.GetProperty("cssContentSize");
        var shot = await cdp.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["captureBeyondViewport"] = true,
            ["clip"] = new JsonObject
            {
                ["x"] = 0, ["y"] = 0, ["scale"] = 1,
                ["width"] = Math.Ceiling(size.GetProperty("width").GetDouble()),
                ["height"] = Math.Ceiling(size.GetProperty("height").GetDouble()),
            },
        }, session);
        var png = Convert.FromBase64String(shot.GetProperty("data").GetString()!);

        await cdp.SendAsync("Browser.close", new JsonObject());
        return new PageLoad(cdp.Requests.ToList(), cdp.Problems.ToList(), boxes, png, "");
    }

    /// <summary>A minimal DevTools protocol client: numbered commands, and the events the page test cares about.</summary>
    private sealed class Cdp(ClientWebSocket socket, CancellationToken cancel)
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
        private int next;

        public ConcurrentQueue<string> Requests { get; } = new();
        public ConcurrentQueue<string> Problems { get; } = new();
        public TaskCompletionSource LoadEventFired { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<JsonElement> SendAsync(string method, JsonObject parameters, string? session = null)
        {
            var id = Interlocked.Increment(ref next);
            var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[id] = reply;
            var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
            if (session is not null)
            {
                message["sessionId"] = session;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancel);
            return await reply.Task.WaitAsync(cancel);
        }

        public async Task ReadLoopAsync()
        {
            var buffer = new byte[64 * 1024];
            using var message = new MemoryStream();
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var part = await socket.ReceiveAsync(buffer, cancel);
                    if (part.MessageType == WebSocketMessageType.Close)
                    {
                        break;
                    }

                    message.Write(buffer, 0, part.Count);
                    if (!part.EndOfMessage)
                    {
                        continue;
                    }

                    using var json = JsonDocument.Parse(message.ToArray());
                    message.SetLength(0);
                    Handle(json.RootElement.Clone());
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Browser.close drops the connection; a timeout is reported by the caller.
            }

            foreach (var reply in pending.Values)
            {
                reply.TrySetException(new InvalidOperationException("DevTools connection closed"));
            }
        }

        private void Handle(JsonElement m)
        {
            if (m.TryGetProperty("id", out var id))
            {
                if (pending.TryRemove(id.GetInt32(), out var reply))
                {
                    if (m.TryGetProperty("error", out var error))
                    {
                        reply.TrySetException(new InvalidOperationException($"DevTools error: {error}"));
                    }
                    else
                    {
                        reply.TrySetResult(m.GetProperty("result"));
                    }
                }

                return;
            }

            var p = m.TryGetProperty("params", out var ps) ? ps : default;
            switch (m.GetProperty("method").GetString())
            {
                case "Page.loadEventFired":
                    LoadEventFired.TrySetResult();
                    break;
                case "Network.requestWillBeSent":
                    Requests.Enqueue(p.GetProperty("request").GetProperty("url").GetString()!);
                    break;
                case "Network.loadingFailed":
                    Problems.Enqueue($"failed request {p.GetProperty("requestId")}: {p.GetProperty("errorText")}");
                    break;
                case "Network.responseReceived" when p.GetProperty("response").GetProperty("status").GetInt32() >= 400:
                    Problems.Enqueue($"HTTP {p.GetProperty("response").GetProperty("status")} for {p.GetProperty("response").GetProperty("url")}");
                    break;
                case "Runtime.consoleAPICalled":
                    Problems.Enqueue($"console.{p.GetProperty("type")}: {p.GetProperty("args")}");
                    break;
                case "Runtime.exceptionThrown":
                    Problems.Enqueue($"exception: {p.GetProperty("exceptionDetails")}");
                    break;
                case "Log.entryAdded" when p.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning":
                    Problems.Enqueue($"log {p.GetProperty("entry").GetProperty("level")}: {p.GetProperty("entry").GetProperty("text")} ({(p.GetProperty("entry").TryGetProperty("url", out var u) ? u.ToString() : "")})");
                    break;
            }
        }
    }
}
