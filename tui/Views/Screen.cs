using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Playbook.Tui.Views;

/// <summary>One screen of the desk: fills the window above the status bar, says its keys, and reloads what it shows.</summary>
internal abstract class Screen : View
{
    protected Screen(DeskWindow desk)
    {
        Desk = desk;
        Width = Dim.Fill();
        Height = Dim.Fill(2);
        CanFocus = true;
        Visible = false;
    }

    protected DeskWindow Desk { get; }

    /// <summary>The screen's name, in the window's title.</summary>
    public abstract string Name { get; }

    /// <summary>The keys of this screen, for the status bar (the first few) and the help (all).</summary>
    public abstract IReadOnlyList<KeyHint> Keys { get; }

    /// <summary>The contact the screen is about, or whose row is selected: what F6 opens and P reads a profile into.</summary>
    public virtual long? FocusedContact => null;

    /// <summary>Reads what the screen shows from the store again.</summary>
    public abstract void Reload();

    /// <summary>Handles a key of this screen's own; true when it was one.</summary>
    public virtual bool HandleKey(Key key)
    {
        foreach (var hint in Keys)
        {
            if (hint.Run is not null && key == hint.Key)
            {
                hint.Run();
                return true;
            }
        }

        return false;
    }
}
