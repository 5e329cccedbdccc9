#pragma once

#include "authorization/Actor.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ComputersPanel;
}

class QSortFilterProxyModel;

namespace warden {

class ComputersModel;
class CoreServices;
struct Computer;

/// Admin Management → Computers: the computers that hold the database key and the requests to
/// join, with Approve (the fingerprint the requester reads aloud, then password and a fresh
/// code), Refuse and Revoke (confirmed, re-authenticated; rotates the key). Buttons are enabled
/// from what the core says the administrator may do, and say why not in their tooltip.
class ComputersPanel : public QWidget
{
    Q_OBJECT

public:
    ComputersPanel(CoreServices& core, Actor actor, QWidget* parent = nullptr);
    ~ComputersPanel() override;

    [[nodiscard]] ComputersModel* model() const { return m_model; }

private:
    [[nodiscard]] const Computer* selected() const;
    void approve();
    void refuse();
    void revoke();
    void updateButtons();
    void showMessage(const QString& text, bool problem);

    const std::unique_ptr<Ui::ComputersPanel> m_ui;
    CoreServices& m_core;
    Actor m_actor;
    ComputersModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace warden
