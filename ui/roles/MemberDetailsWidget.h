#pragma once

#include "authorization/Actor.h"
#include "domain/User.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace warden {

class CoreServices;
class PermissionMatrixModel;

/// The right-hand pane for a member: every role they hold and the effective permissions those
/// roles give together, with the granting role of each cell in its tooltip; and changing the
/// member's primary address, which removes their admin roles after a confirmation.
class MemberDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    MemberDetailsWidget(CoreServices& core, Actor actor, QWidget* parent = nullptr);

    void showMember(const User& user);
    [[nodiscard]] QListWidget* rolesList() const { return m_rolesList; }
    [[nodiscard]] PermissionMatrixModel* matrixModel() const { return m_matrix; }

private:
    /// Change Primary Address…: lists the admin roles the change removes and asks to confirm.
    void changeAddress();

    CoreServices& m_core;
    Actor m_actor;
    QLabel* m_titleLabel;
    QLabel* m_summaryLabel;
    QListWidget* m_rolesList;
    QTableView* m_matrixView;
    PermissionMatrixModel* m_matrix;
    QPushButton* m_changeAddressButton;
    User m_user;
};

} // namespace warden
