#!/usr/bin/env python3
"""Writes the example personas: recorded X API v2 and YouTube Data API v3 responses, in the
shapes the APIs document, laid out as `klout --from DIR` replays them (see README.md here).

The payloads are ours, made up for the demo; nobody real is recorded. The script is
deterministic (a seeded random per persona), so running it again rewrites the same files:

    python3 examples/generate.py
"""
import json
import os
import random
import shutil
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = datetime(2026, 11, 20, tzinfo=timezone.utc)


def iso(t, millis=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (".000Z" if millis else "Z")


def write(path, payload):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=1, sort_keys=False)
        f.write("\n")


def user(uid, username, followers, following, posts, listed, likes, created, protected=False):
    return {"id": uid, "name": username.replace("_", " ").title(), "username": username,
            "protected": protected, "verified": False, "created_at": iso(created),
            "public_metrics": {"followers_count": followers, "following_count": following,
                               "tweet_count": posts, "listed_count": listed, "like_count": likes}}


class Twitter:
    """One person's recorded X API responses."""

    def __init__(self, root, me):
        self.root = os.path.join(root, "twitter")
        self.me = me
        self.tweets = []
        self.resharers = {}
        self.mentions = []
        self.mention_authors = {}

    def post(self, tid, at, retweets, replies, likes, quotes, impressions, tags):
        tweet = {"id": tid, "text": " ".join("#" + t for t in tags) or "a post",
                 "created_at": iso(at), "conversation_id": tid,
                 "public_metrics": {"retweet_count": retweets, "reply_count": replies,
                                    "like_count": likes, "quote_count": quotes,
                                    "bookmark_count": likes // 20,
                                    "impression_count": impressions}}
        if tags:
            tweet["entities"] = {"hashtags": [{"start": 0, "end": len(t) + 1, "tag": t}
                                              for t in tags]}
        self.tweets.append(tweet)
        return tweet

    def reply(self, tid, at, to_user, to_tweet):
        self.tweets.append({"id": tid, "text": "@" + to_user["username"] + " thanks!",
                            "created_at": iso(at), "conversation_id": to_tweet,
                            "in_reply_to_user_id": to_user["id"],
                            "referenced_tweets": [{"type": "replied_to", "id": to_tweet}],
                            "public_metrics": {"retweet_count": 0, "reply_count": 1,
                                               "like_count": 2, "quote_count": 0}})

    def retweet_of_someone_else(self, tid, at):
        self.tweets.append({"id": tid, "text": "RT someone else's post", "created_at": iso(at),
                            "referenced_tweets": [{"type": "retweeted", "id": "1"}],
                            "public_metrics": {"retweet_count": 900, "reply_count": 0,
                                               "like_count": 0, "quote_count": 0}})

    def reshared_by(self, tid, u):
        self.resharers.setdefault(tid, []).append(u)

    def commented_by(self, mid, at, u, tid):
        self.mention_authors[u["id"]] = u
        self.mentions.append({"id": mid, "text": "@" + self.me["username"] + " nice one",
                              "author_id": u["id"], "created_at": iso(at),
                              "in_reply_to_user_id": self.me["id"],
                              "referenced_tweets": [{"type": "replied_to", "id": tid}]})

    def save(self, page_size=100):
        me = self.me
        write(os.path.join(self.root, "2/users/by/username", me["username"] + ".json"),
              {"data": me})
        if me["protected"]:
            return  # a protected account's tweets are never requested
        tweets = sorted(self.tweets, key=lambda t: t["created_at"], reverse=True)
        pages = [tweets[i:i + page_size] for i in range(0, len(tweets), page_size)] or [[]]
        for n, page in enumerate(pages):
            meta = {"result_count": len(page)}
            if page:
                meta["newest_id"] = page[0]["id"]
                meta["oldest_id"] = page[-1]["id"]
            if n + 1 < len(pages):
                meta["next_token"] = "page%d" % (n + 2)
            payload = {"data": page, "meta": meta} if page else {"meta": meta}
            name = "tweets.json" if n == 0 else "tweets@page%d.json" % (n + 1)
            write(os.path.join(self.root, "2/users", me["id"], name), payload)
        for t in tweets:
            if t["public_metrics"]["retweet_count"] > 0 and "referenced_tweets" not in t:
                users = self.resharers.get(t["id"], [])
                payload = {"data": users, "meta": {"result_count": len(users)}} if users \
                    else {"meta": {"result_count": 0}}
                write(os.path.join(self.root, "2/tweets", t["id"], "retweeted_by.json"), payload)
        payload = {"meta": {"result_count": len(self.mentions)}}
        if self.mentions:
            payload = {"data": self.mentions,
                       "includes": {"users": list(self.mention_authors.values())},
                       "meta": {"result_count": len(self.mentions)}}
        write(os.path.join(self.root, "2/users", me["id"], "mentions.json"), payload)


class YouTube:
    """One channel's recorded YouTube Data API responses."""

    def __init__(self, root, cid, handle, title, subscribers, lifetime_views, video_count,
                 hidden=False):
        self.root = os.path.join(root, "youtube", "youtube", "v3")
        self.cid = cid
        self.uploads = "UU" + cid[2:]
        stats = {"viewCount": str(lifetime_views), "hiddenSubscriberCount": hidden,
                 "videoCount": str(video_count)}
        if not hidden:
            stats["subscriberCount"] = str(subscribers)
        self.channel = {"kind": "youtube#channel", "etag": "e-" + cid, "id": cid,
                        "snippet": {"title": title, "customUrl": handle,
                                    "publishedAt": "2017-02-01T00:00:00Z"},
                        "statistics": stats,
                        "contentDetails": {"relatedPlaylists": {"likes": "",
                                                                "uploads": self.uploads}}}
        self.videos = []
        self.threads = {}

    def video(self, vid, at, views, likes, comments, tags, category="28"):
        stats = {"viewCount": str(views), "favoriteCount": "0"}
        if likes is not None:
            stats["likeCount"] = str(likes)
        if comments is not None:
            stats["commentCount"] = str(comments)
        self.videos.append({"kind": "youtube#video", "id": vid,
                            "snippet": {"publishedAt": iso(at, False), "title": "Video " + vid,
                                        "categoryId": category, "tags": tags},
                            "statistics": stats})

    def comment(self, vid, n, at, author, creator_replies):
        thread = {"kind": "youtube#commentThread", "id": "t%s%d" % (vid, n),
                  "snippet": {"videoId": vid, "totalReplyCount": 1 if creator_replies else 0,
                              "topLevelComment": {"kind": "youtube#comment",
                                                  "id": "c%s%d" % (vid, n),
                                                  "snippet": {"authorDisplayName": author,
                                                              "authorChannelId": {"value": author},
                                                              "textDisplay": "great video",
                                                              "publishedAt": iso(at, False)}}}}
        if creator_replies:
            thread["replies"] = {"comments": [{"kind": "youtube#comment", "snippet": {
                "authorChannelId": {"value": self.cid},
                "publishedAt": iso(at + timedelta(hours=3), False),
                "parentId": "c%s%d" % (vid, n)}}]}
        self.threads.setdefault(vid, []).append(thread)

    def save(self):
        write(os.path.join(self.root, "channels.json"),
              {"kind": "youtube#channelListResponse", "etag": "e",
               "pageInfo": {"totalResults": 1, "resultsPerPage": 5}, "items": [self.channel]})
        videos = sorted(self.videos, key=lambda v: v["snippet"]["publishedAt"], reverse=True)
        items = [{"kind": "youtube#playlistItem", "id": "pi" + v["id"],
                  "contentDetails": {"videoId": v["id"],
                                     "videoPublishedAt": v["snippet"]["publishedAt"]}}
                 for v in videos]
        # One video from before the window ends the paging, as a real uploads playlist would.
        items.append({"kind": "youtube#playlistItem", "id": "piold",
                      "contentDetails": {"videoId": "old00000000",
                                         "videoPublishedAt": "2026-01-05T00:00:00Z"}})
        write(os.path.join(self.root, "playlistItems.json"),
              {"kind": "youtube#playlistItemListResponse",
               "pageInfo": {"totalResults": len(items), "resultsPerPage": 50}, "items": items})
        assert len(videos) <= 50, "one videos.list call holds at most 50 ids"
        write(os.path.join(self.root, "videos.json"),
              {"kind": "youtube#videoListResponse", "items": videos})
        for vid, threads in self.threads.items():
            write(os.path.join(self.root, "commentThreads@%s.json" % vid),
                  {"kind": "youtube#commentThreadListResponse",
                   "pageInfo": {"totalResults": len(threads), "resultsPerPage": 100},
                   "items": threads})


def persona(name, about, twitter=None, youtube=None):
    root = os.path.join(HERE, name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    lines = ["# Made up for the demo; see examples/README.md", "name=" + name, "about=" + about,
             "as-of=" + iso(AS_OF, False)]
    if twitter:
        lines.append("twitter=" + twitter)
    if youtube:
        lines.append("youtube=" + youtube)
    with open(os.path.join(root, "persona.properties"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return root


def fan(rnd, uid, followers, created_days_ago=2000, activity=3.0):
    """A follower who reacts: influence comes from followers, selectivity from activity a day."""
    created = AS_OF - timedelta(days=created_days_ago)
    total = int(activity * created_days_ago)
    return user(uid, "fan_" + uid, followers, rnd.randint(100, 800), total // 3, 0,
                total - total // 3, created)


def engaged_creator():
    rnd = random.Random(1)
    root = persona("engaged-creator", "1,800 followers who react to nearly every post",
                   twitter="mayacodes")
    me = user("1001", "mayacodes", 1800, 420, 6200, 60, 15000, AS_OF - timedelta(days=2400))
    tw = Twitter(root, me)
    fans = [fan(rnd, str(5000 + i), rnd.choice([300, 900, 2500, 8000]), activity=2.0)
            for i in range(20)]
    fans += [fan(rnd, "7001", 240000, activity=4.0), fan(rnd, "7002", 52000, activity=1.5)]
    for i in range(26):
        at = AS_OF - timedelta(days=3 + i * 3.3, hours=rnd.randint(0, 12))
        tags = ["rust", "wasm"] if i % 3 else ["rust"]
        tid = str(100100 + i)
        retweets = rnd.randint(18, 40)
        comments = rnd.randint(10, 22)
        tw.post(tid, at, retweets, comments, rnd.randint(110, 220), rnd.randint(2, 6),
                rnd.randint(5000, 9000), tags)
        for u in rnd.sample(fans, 6):
            tw.reshared_by(tid, u)
        if i < 10:
            for k, u in enumerate(rnd.sample(fans, 3)):
                tw.commented_by(str(300100 + i * 10 + k), at + timedelta(hours=1), u, tid)
                tw.reply(str(200100 + i * 10 + k), at + timedelta(hours=2), u, tid)
    tw.save()


def silent_giant():
    rnd = random.Random(2)
    root = persona("silent-giant", "480,000 followers (450,000 followed back), under one like per post",
                   twitter="megadeals")
    me = user("2002", "megadeals", 480000, 450000, 88000, 40, 100, AS_OF - timedelta(days=3000))
    tw = Twitter(root, me)
    topics = ["deal", "promo", "win", "giveaway", "sale", "crypto", "news", "travel", "food"]
    for i in range(88):
        at = AS_OF - timedelta(days=1 + i, hours=rnd.randint(0, 20))
        tw.post(str(200200 + i), at, 0, 0, rnd.choice([0, 0, 1, 2]), 0, rnd.randint(150, 400),
                [rnd.choice(topics)])
    tw.save(page_size=50)  # two pages of timeline


def celebrity():
    rnd = random.Random(3)
    root = persona("celebrity", "a world-famous singer on both networks", twitter="novastar",
                   youtube="@novastar")
    me = user("3003", "novastar", 96000000, 310, 14000, 125000, 2000,
              AS_OF - timedelta(days=5000))
    tw = Twitter(root, me)
    stars = [fan(rnd, str(8000 + i), rnd.choice([2000000, 9000000, 400000, 30000]),
                 activity=1.0) for i in range(30)]
    for i in range(36):
        at = AS_OF - timedelta(days=2 + i * 2.4)
        tid = str(300300 + i)
        tw.post(tid, at, rnd.randint(20000, 90000), rnd.randint(8000, 30000),
                rnd.randint(300000, 1200000), rnd.randint(2000, 8000),
                rnd.randint(20000000, 60000000), ["tour", "newmusic"] if i % 2 else ["tour"])
        for u in rnd.sample(stars, 10):
            tw.reshared_by(tid, u)
        for k, u in enumerate(rnd.sample(stars, 2)):
            tw.commented_by(str(303000 + i * 10 + k), at + timedelta(hours=1), u, tid)
            if k == 0:
                tw.reply(str(304000 + i * 10 + k), at + timedelta(hours=2), u, tid)
    tw.save()
    yt = YouTube(root, "UCnovastar0000000000000a", "@novastar", "Nova Star", 41200000,
                 9100000000, 240)
    for i in range(14):
        vid = "nova%07d" % i
        at = AS_OF - timedelta(days=4 + i * 6)
        yt.video(vid, at, rnd.randint(8000000, 40000000), rnd.randint(300000, 1500000),
                 rnd.randint(20000, 90000), ["music", "tour"], category="10")
        for n in range(40):
            yt.comment(vid, n, at + timedelta(hours=n), "UCfan%019d" % (i * 100 + n), n < 4)
    yt.save()


def private_person():
    root = persona("private-person", "a protected Twitter account: only public activity counts",
                   twitter="quietcat")
    me = user("4004", "quietcat", 900, 300, 2100, 3, 5000, AS_OF - timedelta(days=1500),
              protected=True)
    Twitter(root, me).save()


def youtube_creator():
    rnd = random.Random(5)
    root = persona("youtube-creator", "a science channel with 85,000 subscribers, YouTube only",
                   youtube="@curiouslab")
    yt = YouTube(root, "UCcuriouslab00000000000b", "@curiouslab", "Curious Lab", 85200, 21000000,
                 310)
    for i in range(24):
        vid = "lab%08d" % i
        at = AS_OF - timedelta(days=2 + i * 3.6)
        tags = ["physics", "science"] if i % 4 else ["chemistry", "science"]
        hide_likes = i == 5
        yt.video(vid, at, rnd.randint(40000, 160000), None if hide_likes else rnd.randint(2500, 9000),
                 None if i == 7 else rnd.randint(150, 600), tags)
        if i != 7:
            for n in range(25):
                yt.comment(vid, n, at + timedelta(hours=n), "UCviewer%016d" % (i * 100 + n),
                           n % 3 == 0)
    yt.save()


def both_networks():
    rnd = random.Random(6)
    root = persona("both-networks", "a developer advocate on Twitter and YouTube",
                   twitter="sam_devrel", youtube="@samtalks")
    me = user("6006", "sam_devrel", 12500, 900, 9800, 210, 22000, AS_OF - timedelta(days=2900))
    tw = Twitter(root, me)
    fans = [fan(rnd, str(9000 + i), rnd.choice([150, 600, 3000, 20000]), activity=3.0)
            for i in range(25)]
    for i in range(30):
        at = AS_OF - timedelta(days=2 + i * 2.9)
        tid = str(600600 + i)
        tags = [["kotlin"], ["kotlin", "android"], ["devrel"]][i % 3]
        tw.post(tid, at, rnd.randint(4, 15), rnd.randint(3, 9), rnd.randint(40, 120),
                rnd.randint(0, 3), rnd.randint(3000, 12000), tags)
        for u in rnd.sample(fans, 4):
            tw.reshared_by(tid, u)
        if i % 2 == 0:
            u = rnd.choice(fans)
            tw.commented_by(str(606000 + i), at + timedelta(hours=1), u, tid)
            tw.reply(str(607000 + i), at + timedelta(hours=3), u, tid)
    tw.retweet_of_someone_else("609999", AS_OF - timedelta(days=5))
    tw.save()
    yt = YouTube(root, "UCsamtalks000000000000cc", "@samtalks", "Sam Talks", 23400, 1900000, 95)
    for i in range(10):
        vid = "sam%08d" % i
        at = AS_OF - timedelta(days=5 + i * 8)
        yt.video(vid, at, rnd.randint(5000, 25000), rnd.randint(200, 900),
                 rnd.randint(20, 80), ["kotlin", "android"])
        for n in range(15):
            yt.comment(vid, n, at + timedelta(hours=n), "UCdev%019d" % (i * 100 + n), n % 2 == 0)
    yt.save()


if __name__ == "__main__":
    engaged_creator()
    silent_giant()
    celebrity()
    private_person()
    youtube_creator()
    both_networks()
