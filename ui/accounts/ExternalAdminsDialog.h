#pragma once

#include "authorization/Actor.h"
#include "domain/Account.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExternalAdminsDialog;
}

class QSortFilterProxyModel;

namespace warden {

class CoreServices;
class ExternalAdminsModel;

/// Manage External Administrators of one customer account: the list (address, role, partner,
/// who added them and when), Add External Admin, Change Role and Remove. Buttons are disabled
/// with the core's reason when the signed-in administrator may not manage them.
class ExternalAdminsDialog : public QDialog
{
    Q_OBJECT

public:
    ExternalAdminsDialog(CoreServices& core, Actor actor, Account account, QWidget* parent = nullptr);
    ~ExternalAdminsDialog() override;

    [[nodiscard]] ExternalAdminsModel* model() const { return m_model; }

private:
    void addAdmin();
    void changeRole();
    void removeAdmin();
    void updateButtons();
    void showMessage(const QString& text, bool problem);
    [[nodiscard]] int currentRow() const;

    const std::unique_ptr<Ui::ExternalAdminsDialog> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    Account m_account;
    ExternalAdminsModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace warden
