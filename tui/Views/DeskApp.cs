using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Playbook.Tui.Desk;
using Terminal.Gui.App;
using Terminal.Gui.Input;

namespace Playbook.Tui.Views;

/// <summary>Runs the desk in the terminal until Ctrl+Q; the terminal is restored on the way out, also after a crash.</summary>
internal static class DeskApp
{
    /// <summary>Opens the desk on <paramref name="session"/>; returns the process's exit code.</summary>
    public static int Run(DeskSession session, TextWriter error)
    {
        // The store is opened and Today read on the other core while Terminal.Gui starts on this one (Terminal.Gui's
        // own set-up runs as its assembly loads, when a method that names it is first compiled: not this one).
        session.ReadTodayAhead();
        return RunApplication(session, error);
    }

    /// <summary>
    /// Runs Terminal.Gui's own set-up (its module initializer, which reads its configuration) on another thread, so that
    /// it is done, or under way, when the desk starts; the thread that needs it first waits for it, as for any type's.
    /// </summary>
    public static void Preload() => Task.Run(() => RuntimeHelpers.RunModuleConstructor(typeof(Application).Module.ModuleHandle));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunApplication(DeskSession session, TextWriter error)
    {
        var failure = Open(session, error, out var exitCode);
        if (failure is not null)
        {
            // The store could not be opened (on the thread reading Today): the terminal is restored by now, and the
            // failure goes to the command line's boundary, which says it in one line as for any command.
            ExceptionDispatchInfo.Throw(failure);
        }

        return exitCode;
    }

    /// <summary>Runs the desk until it quits; returns what opening the store threw instead, if it did.</summary>
    private static Exception? Open(DeskSession session, TextWriter error, out int exitCode)
    {
        exitCode = 0;
        try
        {
            StartTimes.Mark("Terminal.Gui loaded");
            using var app = Application.Create().Init();
            StartTimes.Mark("Application.Init");
            Configure(app);
            if (session.StoreFailure() is { } failure)
            {
                return failure;
            }

            using var window = new DeskWindow(app, session);
            StartTimes.Mark("the window built, Today's table filled");
            // The playbooks load and tick once the first frame is up (the first iteration after the window was
            // drawn): on two cores, loading them beside the first layout and draw only delays the screen the user is
            // waiting for.
            var drawn = false;
            window.DrawComplete += (_, _) =>
            {
                if (!drawn)
                {
                    StartTimes.Mark("the first frame drawn");
                }

                drawn = true;
            };
            void AfterFirstFrame(object? sender, EventArgs<IApplication?> e)
            {
                if (drawn)
                {
                    app.Iteration -= AfterFirstFrame;
                    window.FirstFrameDrawn();
                    window.StartUp();
                }
            }

            app.Iteration += AfterFirstFrame;
            app.Run(window);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Disposing the application above restored the terminal: the message is printed after, where it can be read.
            error.WriteLine($"playbook: the desk stopped on an unexpected error: {e.Message}");
            error.WriteLine(e.ToString());
            exitCode = 1;
            return null;
        }
        finally
        {
            StartTimes.Write();
        }
    }

    /// <summary>The desk's application-wide keys: Ctrl+Q quits from anywhere (Esc is the window's: back).</summary>
    public static void Configure(IApplication app) => app.Keyboard.KeyBindings.Add(Key.Q.WithCtrl, Command.Quit);
}
