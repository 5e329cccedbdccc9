#pragma once

#include "Result.h"
#include "TreeSelection.h"
#include "authorization/Actor.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace warden {

class ConsoleActions;
class CoreServices;

/// What the console's command controllers (RoleCommands, AccountCommands) share: the core and
/// the signed-in actor, the shared actions, what the Admin Roles tree has selected, and the window
/// their dialogs open over; they tell the window what to show in its status bar, and when a
/// command was triggered with nothing to act on.
class ConsoleCommands : public QObject
{
    Q_OBJECT

public:
    ConsoleCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                    std::function<TreeSelection()> selection, QWidget* window);

Q_SIGNALS:
    void statusMessage(const QString& message);
    /// A command was triggered with nothing (or the wrong thing) selected.
    void unavailable(const QAction* action);

protected:
    [[nodiscard]] TreeSelection selection() const { return m_selection(); }
    /// The core's refusal of `title`: in the status bar and in a message box.
    void showRefusal(const QString& title, const Refusal& refusal);

    CoreServices& m_core;
    const Actor& m_actor;
    ConsoleActions* m_actions;
    QWidget* m_window;

private:
    std::function<TreeSelection()> m_selection;
};

} // namespace warden
