using System.Text;

namespace CmkSim.Cli.Terminal;

/// <summary>
/// The console's stdout and stderr behind a filter that escapes control characters (keeping line feeds and tabs),
/// so no text from a scenario can reach the terminal as an escape sequence, whichever code path prints it. The few
/// places that draw on the terminal on purpose (the progress line's carriage return) use <see cref="RawError"/>.
/// </summary>
public sealed class SafeConsoleWriter(TextWriter inner) : TextWriter
{
    /// <summary>stderr without the filter, for deliberate terminal control; the plain console until <see cref="Install"/>.</summary>
    public static TextWriter RawError { get; private set; } = Console.Error;

    public override Encoding Encoding => inner.Encoding;

    public static void Install()
    {
        RawError = Console.Error;
        // Synchronized as the console's own writers are: progress, logging and output may write from several threads.
        Console.SetOut(Synchronized(new SafeConsoleWriter(Console.Out)));
        Console.SetError(Synchronized(new SafeConsoleWriter(Console.Error)));
    }

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value) && value is not ('\n' or '\t'))
        {
            inner.Write(TerminalText.Safe(value.ToString()));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(TerminalText.SafeLines(value));

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => inner.WriteLine(TerminalText.SafeLines(value));

    public override void WriteLine() => inner.WriteLine();

    public override Task WriteAsync(string? value) => inner.WriteAsync(TerminalText.SafeLines(value));

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(TerminalText.SafeLines(value));

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();
}
