"""Links apps add to the main menu, without the portal knowing the apps: each registers its
own from its AppConfig.ready()."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class MenuLink:
    label: str
    url_name: str
    order: int = 50
    shown_to: Callable[[object], bool] | None = None  # whom the link is for; None: everyone


menu_links: list[MenuLink] = []


def register_menu_link(link: MenuLink) -> None:
    if link not in menu_links:
        menu_links.append(link)
        menu_links.sort(key=lambda item: item.order)
