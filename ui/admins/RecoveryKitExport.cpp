#include "RecoveryKitExport.h"

#include "ConfirmIdentityDialog.h"
#include "CoreServices.h"
#include "security/RecoveryKit.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace warden {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecoveryKitExport", text);
}

} // namespace

void RecoveryKitExport::run(QWidget* parent, CoreServices& core, const Actor& actor)
{
    if (auto allowed = core.computers().mayHoldKey(actor); !allowed) {
        QMessageBox::information(parent, tr("Export Recovery Kit"), allowed.refusal().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export Recovery Kit"), QStringLiteral("warden.kit"),
                                                      tr("Warden recovery kits (*.kit)"));
    if (path.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(parent, tr("Recovery Kit Passphrase"),
                              tr("A passphrase of at least %1 characters. Keep it apart from the kit.")
                                  .arg(RecoveryKit::kMinimumPassphraseLength),
                              QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return;
    }
    const QString again = QInputDialog::getText(parent, tr("Recovery Kit Passphrase"), tr("The passphrase again:"),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return;
    }
    if (again != passphrase) {
        QMessageBox::warning(parent, tr("Export Recovery Kit"), tr("The two passphrases differ; nothing was written."));
        return;
    }
    QByteArray kit;
    ConfirmIdentityDialog confirm(
        tr("The recovery kit holds the database key. Exporting it is recorded in the audit log with your name. "
           "Confirm with your password and a new one-time code."),
        tr("&Export"),
        [&](const QString& password, const QString& code) -> Status {
            auto made = core.computers().exportRecoveryKit(actor, password, code, passphrase);
            if (!made) {
                return made.refusal();
            }
            kit = std::move(made).value();
            return {};
        },
        parent);
    if (confirm.exec() != QDialog::Accepted) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(kit) != kit.size() || !file.commit()) {
        QMessageBox::critical(parent, tr("Export Recovery Kit"),
                              tr("Cannot write the recovery kit to %1: %2").arg(path, file.errorString()));
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QMessageBox::information(parent, tr("Export Recovery Kit"),
                             tr("Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and "
                                "offline.")
                                 .arg(path));
}

} // namespace warden
