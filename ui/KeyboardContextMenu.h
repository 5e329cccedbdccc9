#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace warden {

/// Opens context menus from the keyboard as the Windows admin tools do: Shift+F10 or the Menu
/// key opens the focused widget's context menu, in an item view at its current item (scrolled
/// into view) rather than at the mouse pointer. Installed once on the application.
class KeyboardContextMenu : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardContextMenu(QObject* parent);

    /// Installs the filter on the running application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_showing = false; ///< a menu this filter opened is open
    QElapsedTimer m_opened; ///< when the last menu this filter opened closed
};

} // namespace warden
