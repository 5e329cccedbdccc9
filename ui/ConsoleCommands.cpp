#include "ConsoleCommands.h"

#include "MessageBoxes.h"

namespace warden {

ConsoleCommands::ConsoleCommands(CoreServices& core, const Actor& actor, ConsoleActions* actions,
                                 std::function<TreeSelection()> selection, QWidget* window)
    : QObject(window)
    , m_core(core)
    , m_actor(actor)
    , m_actions(actions)
    , m_window(window)
    , m_selection(std::move(selection))
{ }

void ConsoleCommands::showRefusal(const QString& title, const Refusal& refusal)
{
    Q_EMIT statusMessage(refusal.message);
    MessageBoxes::refusal(m_window, title, refusal);
}

} // namespace warden
