#pragma once

#include <QObject>

namespace warden {

/// Dialogs and the main window open where and as large as the person left them: the size and
/// place of each top-level window (keyed by its object name, or its class) and the main window's
/// docks and toolbars are kept in the user's settings when it closes and restored when it opens
/// again, kept on a screen. Installed once on the application by the console (not by tests,
/// which want the sizes the code gives).
class WindowMemory : public QObject
{
    Q_OBJECT

public:
    explicit WindowMemory(QObject* parent);

    /// Installs the filter on the running application (once; later calls do nothing).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace warden
