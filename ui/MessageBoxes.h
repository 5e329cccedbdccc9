#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <optional>

namespace warden {

/// Every message box the UI shows goes through here, so GUI tests can script the answer
/// (setNextAnswer) and read what was said (lastText) instead of blocking on a modal dialog.
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxes)

public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes
                                                    | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    /// The core's refusal of `title`, saying so when the change needs a change request.
    static void refusal(QWidget* parent, const QString& title, const Refusal& refusal);

    /// The next box returns `answer` at once instead of showing (tests only).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Answer every box automatically with its default until cleared (tests only).
    static void setAutoAnswer(bool enabled);
    [[nodiscard]] static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> takeScripted(QMessageBox::StandardButton defaultButton);
};

} // namespace warden
