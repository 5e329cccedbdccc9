#pragma once

#include "authorization/Actor.h"
#include "domain/ChangeRequest.h"

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui {
class AccountContactsDialog;
}

namespace warden {

class CoreServices;
class PeoplePicker;

/// The account's contacts (name, title, email, Director-or-higher) who approve protected-role
/// change requests. Everyone who can see the account reads them; Super Administrators edit. The
/// address is picked with the people picker from the account's directory (a whole address can
/// be typed too); picking someone fills in an empty name.
class AccountContactsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountContactsDialog(CoreServices& core, Actor actor, qint64 accountId, QWidget* parent = nullptr);
    ~AccountContactsDialog() override;

private:
    void reload();
    void showSelected();
    void clearForm();
    void save();
    void remove();
    void showMessage(const QString& text, bool problem);

    const std::unique_ptr<Ui::AccountContactsDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    qint64 m_accountId;
    PeoplePicker* m_picker;
    QList<AccountContact> m_contacts;
    qint64 m_editingId = 0;
    QDateTime m_editingChangedAt; ///< when the contact being edited was saved, as read
};

} // namespace warden
