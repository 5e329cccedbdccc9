#pragma once

#include "domain/Administrator.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TemporaryPasswordDialog;
}

class QMimeData;

namespace warden {

/// Shows a new administrator's one-time temporary password once and copies it to the clipboard
/// marked as a secret (clipboard managers then keep no history of it).
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    TemporaryPasswordDialog(const IssuedCredentials& issued, QWidget* parent = nullptr);
    ~TemporaryPasswordDialog() override;

    /// Clipboard data for a secret: the text plus the hint password managers and clipboard
    /// histories honour (KDE's x-kde-passwordManagerHint).
    static QMimeData* secretMimeData(const QString& secret);

private:
    void copy();

    const std::unique_ptr<Ui::TemporaryPasswordDialog> m_ui;
};

} // namespace warden
