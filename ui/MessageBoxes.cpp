#include "MessageBoxes.h"

namespace warden {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
bool g_autoAnswer = false;
QString g_lastText;
} // namespace

std::optional<QMessageBox::StandardButton> MessageBoxes::takeScripted(QMessageBox::StandardButton defaultButton)
{
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    if (g_autoAnswer) {
        return defaultButton;
    }
    return std::nullopt;
}

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title, const QString& text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    if (const auto scripted = takeScripted(defaultButton)) {
        return *scripted;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    g_lastText = text;
    if (takeScripted(QMessageBox::Ok)) {
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    g_lastText = text;
    if (takeScripted(QMessageBox::Ok)) {
        return;
    }
    QMessageBox::information(parent, title, text);
}

void MessageBoxes::refusal(QWidget* parent, const QString& title, const Refusal& refusal)
{
    warning(parent, title,
            refusal.kind == Refusal::Kind::NeedsChangeRequest
                ? tr("This change requires a change request.\n\n%1").arg(refusal.message)
                : refusal.message);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBoxes::setAutoAnswer(bool enabled)
{
    g_autoAnswer = enabled;
}

QString MessageBoxes::lastText()
{
    return g_lastText;
}

} // namespace warden
