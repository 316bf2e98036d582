"""Embedded social posts told as the events their sign-off dates."""

from __future__ import annotations

from briefings.extract.posts import post_event


def test_the_post_body_without_links_or_thread_numbers_is_the_event() -> None:
    """Links and "(1/2)" thread marks are dropped; the author's name leads."""
    block = "The vote is a farce. https://t.co/abc (1/2) — Ann Vo (@annvo) March 2, 2016"
    assert post_event(block, block.index("March"), 30) == "Ann Vo posted: The vote is a farce."


def test_a_bare_link_is_not_a_post_to_tell() -> None:
    """A post that is only a link or a photo gives no event."""
    block = "pic.twitter.com/xyz — Ann Vo (@annvo) March 2, 2016"
    assert post_event(block, block.index("March"), 30) is None


def test_a_date_not_at_a_sign_off_is_no_post() -> None:
    """A handle earlier in the text does not make a later date a post's."""
    block = "Ann Vo (@annvo) said the vote on March 2, 2016 was a farce."
    assert post_event(block, block.index("March"), 30) is None
